-- Revision 14: placeholder (the lead gives revision 14 to another branch; delete this file at merge)
-- Compatible from: 13
--
-- Only so that revision 15 of this branch is in order on its own. It changes nothing.

SELECT 1;
