// The library that carries the embedded catalogues (:/i18n/qingfeng_<code>.qm), linked by the
// desktop client and by qingfeng-cli; the resources are all it holds.
namespace qf {
int i18nLibraryAnchor = 0;
}
