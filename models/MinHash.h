#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <vector>

namespace qf {

// Near-duplicate text fingerprints for Chinese report content.
//
// A text is normalised (NFKC folds full-width forms, case folded, everything that is not a
// letter or digit dropped: punctuation and white space do not count), cut into overlapping
// character 3-grams (shingles), and summarised by a MinHash signature of Hashes values. The
// share of equal signature values estimates the Jaccard similarity of two shingle sets.
// Locality-sensitive hashing cuts the signature into Bands bands of Rows values; texts that
// agree on a whole band become candidates of each other.
class MinHash
{
public:
    static constexpr int ShingleLength = 3;
    static constexpr int Bands = 16;
    static constexpr int Rows = 4;
    static constexpr int Hashes = Bands * Rows;

    using Shingles = std::vector<quint64>; // sorted, unique
    using Signature = std::array<quint32, Hashes>;

    static QString normalize(const QString& text);
    static Shingles shingles(const QString& text);
    // Exact Jaccard similarity of two shingle sets (two empty sets: 0).
    static double jaccard(const Shingles& a, const Shingles& b);

    static Signature signature(const Shingles& shingles);
    static double estimate(const Signature& a, const Signature& b);
    // One key per band (band number mixed in), as stored in the index.
    static std::array<qint64, Bands> bandKeys(const Signature& signature);

    static QByteArray toBlob(const Signature& signature);
    static bool fromBlob(const QByteArray& blob, Signature* signature);
};

} // namespace qf
