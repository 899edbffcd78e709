#!/usr/bin/env python3
# Writes the seed inputs of the fuzz targets (corpus/<target>/): a few good and bad inputs
# of each kind, in the targets' framing (a first byte choosing a mode where a target has
# modes). Regression inputs of fixed crashes are added to the corpora by hand, beside these.
import json, os, struct
R = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
C = os.path.join(R, 'tests', 'fuzz', 'corpus')

def w(target, name, data):
    os.makedirs(os.path.join(C, target), exist_ok=True)
    with open(os.path.join(C, target, name), 'wb') as f:
        f.write(data)

def j(o):
    return json.dumps(o, ensure_ascii=False, separators=(',', ':')).encode()

def nul(*parts):
    return b'\0'.join(p.encode() for p in parts)

# --- idcard: first byte = bytes per serial read (0: all at once), then the stream
def frame(payload):
    ln = len(payload) + 1
    body = bytes([ln >> 8, ln & 255]) + payload
    x = 0
    for b in body:
        x ^= b
    return bytes.fromhex('aaaaaa9669') + body + bytes([x])

def field(s, n):
    b = s.encode('utf-16-le')[:n]
    return b + ' '.encode('utf-16-le') * ((n - len(b)) // 2)

text = (field('林晓雯', 30) + field('2', 2) + field('01', 4) + field('19900307', 16)
        + field('北京市朝阳区清风路18号院3号楼2单元501室', 70) + field('110105199003070420', 36)
        + field('北京市公安局朝阳分局', 30) + field('20150601', 16) + field('20350601', 16))
text += field('', 256 - len(text))

def typed(marker):
    t = bytearray(text)
    t[248:250] = marker.encode('utf-16-le')
    return bytes(t)

read = frame(b'\x00\x00\x90' + struct.pack('>HH', 256, 1024) + text + bytes(range(256)) * 4)
find = frame(b'\x00\x00\x9f' + b'\x00' * 4)
select = frame(b'\x00\x00\x90' + b'\x00' * 8)
w('idcard', 'read-resident', b'\x00' + read)
w('idcard', 'read-in-pieces', b'\x07' + b'\x01\x02noise' + find + select + read)
w('idcard', 'text-hkmotw', b'\x00' + typed('J'))
w('idcard', 'text-foreigner', b'\x00' + typed('I'))
w('idcard', 'text-foreigner2023', b'\x00' + typed('Y'))
w('idcard', 'bad-checksum', b'\x03' + read[:-1] + bytes([read[-1] ^ 1]))
w('idcard', 'bad-length', b'\x00' + bytes.fromhex('aaaaaa9669ffff00') + find)
cards = os.path.join(R, 'resources', 'demo', 'cards')
for f in sorted(os.listdir(cards)):
    if f.endswith('.json'):
        w('idcard', 'card-' + f[:-5], b'\x00' + open(os.path.join(cards, f), 'rb').read())

# --- import: first byte = file suffix (0 jsonl, 1 csv, 2 txt: by content, 3 json) | 4: look for repeats
good = ('{"source_id":"WB-1","received_at":"2026-07-01T09:30:00+08:00","content":"反映某局长违规公款吃喝。",'
        '"category":"违反中央八项规定精神","anonymous":true,"subject_name":"赵某","subject_unit":"县交通局",'
        '"subject_rank":"科级","region":"城关镇"}\n'
        '{"source_id":"WB-2","received_at":"2026-07-01T10:00:00","content":"举报村支书侵占集体土地补偿款。",'
        '"anonymous":false,"reporter_name":"张三","reporter_id_number":"11010519491231002X",'
        '"reporter_phone":"13800138000"}\n').encode()
w('import', 'good.jsonl', b'\x04' + good)
w('import', 'bad-lines.jsonl', b'\x00' + '{"source_id":"WB-3","received_at":"yesterday","content":"x"}\r\n\n[1,2]\n'
  '{"source_id":"WB-4","content":\n{"source_id":"WB-5","received_at":"2026-07-02","content":"",'
  '"anonymous":"maybe","reporter_id_number":"123"}\n'.encode())
csv = ('\ufeffsource_id,received_at,content,category,anonymous,reporter_name,reporter_id_number,'
       'reporter_phone,subject_name\r\n'
       'CSV-1,2026-07-03T08:00:00+08:00,"反映""某科长""收受礼金,多次",违反中央八项规定精神,true,,,,"钱某"\r\n'
       'CSV-2,2026-07-03,"多行\n内容",,false,李四,11010519491231002X,13800138000,\r\n'
       'CSV-3,2026-07-03,"未闭合\r\n')
w('import', 'quoted.csv', b'\x01' + csv.encode())
w('import', 'auto.txt', b'\x06' + 'source_id,received_at,content\nT-1,2026-07-04T12:00:00Z,测试\n'.encode())
w('import', 'binary.json', b'\x03{"a":1}\n\x00\xff')

# --- calendar: the file itself
w('calendar', 'built-in.json', open(os.path.join(R, 'resources', 'calendar', 'calendar-cn.json'), 'rb').read())
w('calendar', 'holiday-cn-2027.json', j({"year": 2027, "days": [
    {"name": "元旦", "date": "2027-01-01", "isOffDay": True}, {"name": "春节", "date": "2027-02-06", "isOffDay": True},
    {"name": "春节", "date": "2027-02-14", "isOffDay": False}, {"name": "元旦", "date": "2026-12-31", "isOffDay": True}]}))
w('calendar', 'own-2199.json', j({"format": "qingfeng-calendar", "version": 1, "years": [2200, 2199], "days": [
    {"date": "2200-12-31", "off": True, "name": " 除夕 "}, {"date": "2198-12-30", "off": False}]}))

# --- sync_client: first byte = answer (0 PushResult, 1 PullPage, 2 BlobStatus, 3 BlobReceipt,
#     4 BlobResume, 5 EnrolAnswer, 6 ErrorAnswer), then the body
key = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8='
w('sync_client', 'push-result', b'\x00' + j({"results": [{"id": "m1", "status": "applied"},
    {"id": "m2", "status": "refused", "reason": "状态不允许"}], "hlc": 123456789}))
w('sync_client', 'pull-page', b'\x01' + j({"rows": [
    {"table": "categories", "id": "01890000-0000-7000-8000-000000000001",
     "data": {"code": "ZF", "name": "违反中央八项规定精神"}, "clocks": {"code": 5, "name": 5}, "hlc": 5, "deleted": False},
    {"table": "report_attachments", "id": "01890000-0000-7000-8000-000000000002", "data": {"sha256": "ab" * 32},
     "clocks": {}, "hlc": 6, "deleted": True, "blob": {"size": 10, "mime": "image/png"}}],
    "cursor": 2, "more": True, "hlc": 7}))
w('sync_client', 'blob-status', b'\x02' + j({"size": 100, "received": 50, "complete": False}))
w('sync_client', 'blob-receipt', b'\x03' + j({"received": 100, "complete": True}))
w('sync_client', 'blob-resume', b'\x04' + j({"received": 10, "error": "send from 10"}))
w('sync_client', 'enrol-answer', b'\x05' + j({"device_id": 3, "tag": "K7Q", "protocol": 2, "user": {"id": "u1",
    "login": "wangli", "name": "王丽", "role": "registry_clerk", "office_id": "o1", "office_code": "QH-JW"},
    "data_key": key}))
w('sync_client', 'error', b'\x06' + j({"error": "设备已注销"}))

# --- sync_server: first byte = request (0 PushRequest, 1 EnrolRequest, 2 PullRequest query,
#     3 BlobPiece query, 4 BlobRange query, 5 a PullPage through PullPageWriter)
w('sync_server', 'push', b'\x00' + j({"mutations": [
    {"id": "m1", "seq": 1, "table": "reports", "row": "r1", "op": "insert", "hlc": 10,
     "fields": {"content": "内容", "status": "received"}, "author": "wangli"},
    {"id": "m2", "seq": 2, "table": "reports", "row": "r1", "op": "update", "hlc": 11,
     "fields": {"status": "accepted"}, "base": {"status": 10}}]}))
w('sync_server', 'enrol', b'\x01' + j({"offer_key": key}))
w('sync_server', 'pull-query', b'\x02cursor=17&limit=500')
w('sync_server', 'piece-query', b'\x03size=1000&offset=0&mime=image%2Fpng')
w('sync_server', 'range-query', b'\x04offset=4096&length=4096')
w('sync_server', 'page', b'\x05' + j({"rows": [{"table": "categories", "id": "c1",
    "data": {"name": "\"引号\"\\\n\u0001é"}, "clocks": {"name": 5}, "hlc": 5, "deleted": False}],
    "cursor": 2, "more": False, "hlc": 7}))

# --- print_template: the template, then NUL-separated key, value, key, value ...
ticket = open(os.path.join(R, 'resources', 'print', 'ticket.html'), 'rb').read()
w('print_template', 'ticket', ticket + b'\0' + nul('ticket_no', 'A012', 'office_name', '清风县纪委监委信访室',
  'waiting_before', '3', 'arrived_at', '2026-12-02 09:30', 'office_address', '<清风路1号>', 'office_phone', '0000-1234567'))
w('print_template', 'spaces', nul('<p>{{ a }}{{b}}{{  c_1  }}{{ D }}{{}}{{x</p>', 'a', '&amp;', 'b', 'line\nbreak', 'c_1', '"q"'))
