#include "models/MinHash.h"

#include <QList>

#include <algorithm>
#include <cstring>
#include <limits>

namespace qf {

namespace {

// A 64-bit finaliser (splitmix64): spreads every input bit over the whole word.
constexpr quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// Fixed seeds: signatures stored in a database must mean the same in every later run.
const std::array<quint64, MinHash::Hashes>& seeds()
{
    static const std::array<quint64, MinHash::Hashes> s = [] {
        std::array<quint64, MinHash::Hashes> out {};
        quint64 state = 0x51696E6766656E67ULL; // "Qingfeng"
        for (quint64& v : out)
            v = mix(state += 0x632BE59BD9B4E019ULL);
        return out;
    }();
    return s;
}

// The shingles of a normalised text of `size` characters, character i given by at(i).
// Three characters of the Basic Multilingual Plane fit exactly in 48 bits, the length on
// top: no two different shingles share a value. A shingle with a character beyond that
// plane (𠮷) takes 21 bits a character and the top bit, which no other shingle has - so
// the sketches stored before such characters counted keep their meaning.
template <typename At>
MinHash::Shingles shinglesOf(qsizetype size, At at)
{
    auto pack = [&at](qsizetype from, qsizetype length) {
        bool wide = false;
        for (qsizetype i = 0; i < length; ++i)
            wide = wide || at(from + i) > 0xFFFF;
        quint64 v = wide ? quint64(1) << 63 : quint64(length) << 60;
        const int bits = wide ? 21 : 16;
        for (qsizetype i = 0; i < length; ++i)
            v |= quint64(at(from + i)) << (bits * i);
        return v;
    };
    MinHash::Shingles out;
    if (size < MinHash::ShingleLength) {
        out.push_back(pack(0, size));
        return out;
    }
    out.reserve(size_t(size));
    for (qsizetype i = 0; i + MinHash::ShingleLength <= size; ++i)
        out.push_back(pack(i, MinHash::ShingleLength));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

QString MinHash::normalize(const QString& text)
{
    // By character (code point), not by UTF-16 unit: a character beyond the Basic
    // Multilingual Plane (CJK Extension B and later: 𠮷) is two units, neither of them a
    // letter on its own.
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c.isHighSurrogate() && i + 1 < folded.size() && folded.at(i + 1).isLowSurrogate()) {
            if (QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, folded.at(i + 1))))
                out.append(c).append(folded.at(i + 1));
            ++i;
        } else if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    return out;
}

MinHash::Shingles MinHash::shingles(const QString& text)
{
    const QString normalized = normalize(text);
    if (normalized.isEmpty())
        return {};
    const bool wide = std::any_of(normalized.begin(), normalized.end(), [](QChar c) { return c.isSurrogate(); });
    if (!wide)
        return shinglesOf(normalized.size(), [&normalized](qsizetype i) { return char32_t(normalized.at(i).unicode()); });
    const QList<uint> chars = normalized.toUcs4();
    return shinglesOf(chars.size(), [&chars](qsizetype i) { return char32_t(chars.at(i)); });
}

double MinHash::jaccard(const Shingles& a, const Shingles& b)
{
    if (a.empty() || b.empty())
        return 0.0;
    size_t common = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

MinHash::Signature MinHash::signature(const Shingles& shingles)
{
    Signature sig;
    sig.fill(std::numeric_limits<quint32>::max());
    const auto& s = seeds();
    for (const quint64 x : shingles) {
        for (int i = 0; i < Hashes; ++i) {
            const auto h = quint32(mix(x ^ s[size_t(i)]) >> 32);
            if (h < sig[size_t(i)])
                sig[size_t(i)] = h;
        }
    }
    return sig;
}

double MinHash::estimate(const Signature& a, const Signature& b)
{
    int same = 0;
    for (int i = 0; i < Hashes; ++i)
        same += a[size_t(i)] == b[size_t(i)] ? 1 : 0;
    return double(same) / Hashes;
}

MinHash::Sketch MinHash::sketch(const Signature& signature)
{
    Sketch out {};
    for (int i = 0; i < Hashes; ++i)
        out[size_t(i)] = quint8(signature[size_t(i)] & 0xFF);
    return out;
}

double MinHash::estimate(const Sketch& a, const quint8* b)
{
    int same = 0;
    for (int i = 0; i < Hashes; ++i)
        same += a[size_t(i)] == b[i] ? 1 : 0;
    // Unrelated values agree in their low byte once in 256.
    constexpr double chance = 1.0 / 256.0;
    return std::max(0.0, (double(same) / Hashes - chance) / (1.0 - chance));
}

double MinHash::estimate(const Sketch& a, const Sketch& b)
{
    return estimate(a, b.data());
}

std::array<qint64, MinHash::Bands> MinHash::bandKeys(const Signature& signature)
{
    std::array<qint64, Bands> keys {};
    for (int band = 0; band < Bands; ++band) {
        quint64 h = mix(quint64(band) + 1);
        for (int r = 0; r < Rows; ++r)
            h = mix(h ^ signature[size_t(band * Rows + r)]);
        keys[size_t(band)] = qint64(h);
    }
    return keys;
}

QByteArray MinHash::toBlob(const Signature& signature)
{
    QByteArray blob(int(sizeof(Signature)), Qt::Uninitialized);
    for (int i = 0; i < Hashes; ++i) {
        const quint32 v = signature[size_t(i)];
        for (int b = 0; b < 4; ++b)
            blob[i * 4 + b] = char((v >> (8 * b)) & 0xFF); // little-endian on every platform
    }
    return blob;
}

bool MinHash::fromBlob(const QByteArray& blob, Signature* signature)
{
    if (blob.size() != qsizetype(sizeof(Signature)))
        return false;
    const auto* p = reinterpret_cast<const uchar*>(blob.constData());
    for (int i = 0; i < Hashes; ++i)
        (*signature)[size_t(i)] = quint32(p[i * 4]) | quint32(p[i * 4 + 1]) << 8 | quint32(p[i * 4 + 2]) << 16
            | quint32(p[i * 4 + 3]) << 24;
    return true;
}

} // namespace qf
