// ImportIndex: what an import knows about the records it meets, in memory and compact, so a million
// tenants fit in a few dozen megabytes. Entries live in fixed-size blocks (growing never copies
// them, so memory grows by a block, never doubles); a hash table of 32-bit slots finds them by key.
#pragma once

#include <QByteArrayView>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace tc {

// A 64-bit hash of a short byte string, eight bytes at a time (xxHash64's round and final mix).
inline quint64 importHash(QByteArrayView bytes, quint64 seed = 0x27d4eb2f165667c5ULL)
{
    constexpr quint64 k1 = 0x9e3779b185ebca87ULL, k2 = 0xc2b2ae3d27d4eb4fULL;
    const auto round = [](quint64 h, quint64 w) {
        h ^= ((w * k2) << 31 | (w * k2) >> 33) * k1;
        return (h << 27 | h >> 37) * k1 + 0x85ebca77c2b2ae63ULL;
    };
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    quint64 h = seed + quint64(n) * k1;
    for (; n >= 8; p += 8, n -= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = round(h, w);
    }
    if (n > 0) {
        quint64 w = 0;
        std::memcpy(&w, p, size_t(n));
        h = round(h, w ^ (quint64(n) << 59));
    }
    h ^= h >> 33;
    h *= k2;
    h ^= h >> 29;
    h *= 0x165667b19e3779f9ULL;
    h ^= h >> 32;
    return h;
}

inline quint64 importHash(quint64 a, quint64 b)
{
    quint64 h = a * 0x9e3779b97f4a7c15ULL ^ (b + 0x632be59bd9b4e019ULL + (a << 6) + (a >> 2));
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 29;
    return h;
}

// Entries in blocks of 8192; indexes stay valid for the index's lifetime.
template <typename Entry>
class EntryStore
{
public:
    quint32 size() const { return m_size; }
    Entry &operator[](quint32 i) { return m_blocks[i >> kShift][i & kMask]; }
    const Entry &operator[](quint32 i) const { return m_blocks[i >> kShift][i & kMask]; }
    quint32 append(const Entry &entry)
    {
        if ((m_size & kMask) == 0)
            m_blocks.push_back(std::make_unique<Entry[]>(kMask + 1));
        (*this)[m_size] = entry;
        return m_size++;
    }
    void clear()
    {
        std::vector<std::unique_ptr<Entry[]>>().swap(m_blocks);
        m_size = 0;
    }

private:
    static constexpr quint32 kShift = 13;
    static constexpr quint32 kMask = (1u << kShift) - 1;
    std::vector<std::unique_ptr<Entry[]>> m_blocks;
    quint32 m_size = 0;
};

// Open addressing over entry indexes. Each slot keeps the low 32 bits of the key's hash beside the
// entry's index, so growing never needs the keys and most mismatches are seen without them.
class HashSlots
{
public:
    static constexpr quint32 kNone = 0xffffffffu;

    // The index of the entry with this hash for which `matches(index)` holds, or kNone.
    template <typename Matches>
    quint32 find(quint64 hash, Matches matches) const
    {
        if (m_slots.empty())
            return kNone;
        const quint32 h = quint32(hash);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const quint64 slot = m_slots[i];
            if (slot == 0)
                return kNone;
            if (quint32(slot >> 32) == h && matches(quint32(slot) - 1))
                return quint32(slot) - 1;
        }
    }
    // Adds an entry the caller knows is not there yet.
    void insert(quint64 hash, quint32 index)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        place(quint32(hash), index);
        ++m_count;
    }
    void clear()
    {
        std::vector<quint64>().swap(m_slots); // the memory too
        m_mask = 0;
        m_count = 0;
    }

private:
    void place(quint32 h, quint32 index)
    {
        size_t i = h & m_mask;
        while (m_slots[i] != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = (quint64(h) << 32) | (index + 1);
    }
    void grow()
    {
        std::vector<quint64> old;
        old.swap(m_slots);
        m_slots.assign(std::max<size_t>(1024, old.size() * 2), 0);
        m_mask = m_slots.size() - 1;
        for (const quint64 slot : old) {
            if (slot != 0)
                place(quint32(slot >> 32), quint32(slot) - 1);
        }
    }

    std::vector<quint64> m_slots;
    size_t m_mask = 0;
    size_t m_count = 0;
};

// Byte strings (ERP references) stored once, end to end; an entry keeps its offset and length.
class ByteArena
{
public:
    struct Span
    {
        quint32 offset = 0;
        quint32 size = 0;
    };
    Span add(QByteArrayView bytes)
    {
        const Span span{quint32(m_bytes.size()), quint32(bytes.size())};
        m_bytes.insert(m_bytes.end(), bytes.begin(), bytes.end());
        return span;
    }
    QByteArrayView view(Span span) const { return QByteArrayView(m_bytes.data() + span.offset, span.size); }
    void clear() { std::vector<char>().swap(m_bytes); }

private:
    std::vector<char> m_bytes;
};

// Entries found by an ERP reference. Entry needs a member `ByteArena::Span ref`.
template <typename Entry>
class RefIndex
{
public:
    // `hash` is importHash(ref), for a caller that has it already.
    Entry *find(QByteArrayView ref, quint64 hash)
    {
        const quint32 i = m_slots.find(hash, [&](quint32 index) { return m_arena.view(m_entries[index].ref) == ref; });
        return i == HashSlots::kNone ? nullptr : &m_entries[i];
    }
    Entry *find(QByteArrayView ref) { return find(ref, importHash(ref)); }
    Entry &insert(QByteArrayView ref, quint64 hash, Entry entry)
    {
        entry.ref = m_arena.add(ref);
        const quint32 i = m_entries.append(entry);
        m_slots.insert(hash, i);
        return m_entries[i];
    }
    Entry &insert(QByteArrayView ref, Entry entry) { return insert(ref, importHash(ref), entry); }
    QByteArrayView refOf(const Entry &entry) const { return m_arena.view(entry.ref); }
    quint32 size() const { return m_entries.size(); }
    Entry &at(quint32 i) { return m_entries[i]; }
    void clear()
    {
        m_entries.clear();
        m_slots.clear();
        m_arena.clear();
    }

private:
    EntryStore<Entry> m_entries;
    HashSlots m_slots;
    ByteArena m_arena;
};

// Entries found by a pair of numbers (a tenancy: its unit and its first day). Entry needs members
// keyA and keyB.
template <typename Entry>
class PairIndex
{
public:
    quint32 indexOf(qint64 a, qint64 b) const
    {
        return m_slots.find(importHash(quint64(a), quint64(b)), [&](quint32 index) {
            const Entry &e = m_entries[index];
            return e.keyA == a && e.keyB == b;
        });
    }
    Entry *find(qint64 a, qint64 b)
    {
        const quint32 i = indexOf(a, b);
        return i == HashSlots::kNone ? nullptr : &m_entries[i];
    }
    quint32 insert(const Entry &entry)
    {
        const quint32 i = m_entries.append(entry);
        m_slots.insert(importHash(quint64(entry.keyA), quint64(entry.keyB)), i);
        return i;
    }
    quint32 size() const { return m_entries.size(); }
    Entry &at(quint32 i) { return m_entries[i]; }
    void clear()
    {
        m_entries.clear();
        m_slots.clear();
    }

private:
    EntryStore<Entry> m_entries;
    HashSlots m_slots;
};

} // namespace tc
