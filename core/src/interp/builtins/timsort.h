// CPython 3.11's list.sort (Objects/listobject.c, described in Objects/listsort.txt), rebuilt so
// that it asks the same questions in the same order: a program's __lt__ is a Python call with
// steps of its own, prints what it likes and may raise midway, so only the identical sequence of
// comparisons gives python3's trace. Runs are found by count_run (strictly descending ones
// reversed), short runs extended to minrun by binary insertion, pending runs merged by the
// powersort policy 3.11 introduced, and merges gallop (gallop_left/right, min_gallop adapting
// from MIN_GALLOP). When a comparison fails the array is left the permutation CPython leaves.
//
// It sorts small handles cheap to copy (item indexes, or plain key values) rather than
// objects: the caller's `less(x, y)` answers "x < y" as 1, 0, or -1 on failure (an exception, or
// the run stopped), and the caller applies the order to its objects.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace memstep::core::interp {

template <class T, class Less> class TimSort {
    using Idx = std::ptrdiff_t;
    // listobject.c's MIN_GALLOP: a run winning this many times in a row starts galloping.
    static constexpr Idx kMinGallop = 7;
    // How a merge loop ended: done (the rest of the temp copy goes back), one item of the copied
    // run left to place after (merge_lo) or before (merge_hi) the other run, or a failed
    // comparison (the temp copy goes back as for done, keeping a permutation).
    enum class End { Done, LastOne, Fail };
    struct Run {
        Idx base = 0;
        Idx len = 0;
        int power = 0; // powersort's node power of the boundary after this run
    };

public:
    TimSort(std::vector<T>& a, Less& less) : m_a(a), m_less(less) {}

    // listsort: false when a comparison failed.
    bool sort() {
        const Idx n = static_cast<Idx>(m_a.size());
        if (n < 2)
            return true;
        const Idx minrun = minRun(n);
        Idx lo = 0, remaining = n;
        do {
            bool descending = false;
            Idx run = countRun(lo, lo + remaining, descending);
            if (run < 0)
                return false;
            if (descending)
                std::reverse(m_a.begin() + lo, m_a.begin() + lo + run);
            if (run < minrun) {
                const Idx force = std::min(remaining, minrun);
                if (!binarySort(lo, lo + force, lo + run))
                    return false;
                run = force;
            }
            if (!foundNewRun(run, n))
                return false;
            m_runs.push_back({lo, run, 0});
            lo += run;
            remaining -= run;
        } while (remaining);
        return forceCollapse();
    }

private:
    // merge_compute_minrun: n's six leading bits, plus one if any of the rest is set.
    static Idx minRun(Idx n) {
        Idx r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    // count_run: the length of the run starting at lo (a descending one must be strict, so
    // that reversing it keeps the sort stable); -1 on failure.
    Idx countRun(Idx lo, Idx hi, bool& descending) {
        descending = false;
        if (lo + 1 == hi)
            return 1;
        int c = m_less(m_a[lo + 1], m_a[lo]);
        if (c < 0)
            return -1;
        descending = c;
        Idx i = lo + 2;
        for (; i < hi; ++i) {
            c = m_less(m_a[i], m_a[i - 1]);
            if (c < 0)
                return -1;
            if (descending ? !c : c)
                break;
        }
        return i - lo;
    }

    // binarysort: [lo, start) is sorted; each item of [start, hi) is placed into it.
    bool binarySort(Idx lo, Idx hi, Idx start) {
        for (; start < hi; ++start) {
            const T pivot = m_a[start];
            Idx l = lo, r = start;
            do {
                const Idx p = l + ((r - l) >> 1);
                int c = m_less(pivot, m_a[p]);
                if (c < 0)
                    return false;
                if (c)
                    r = p;
                else
                    l = p + 1;
            } while (l < r);
            std::copy_backward(m_a.begin() + l, m_a.begin() + start, m_a.begin() + start + 1);
            m_a[l] = pivot;
        }
        return true;
    }

    // powerloop: the depth in the implied binary tree of the boundary between the run at
    // [s1, s1 + n1) and the next n2 items, found bit by bit from the runs' midpoints over n.
    static int powerLoop(Idx s1, Idx n1, Idx n2, Idx n) {
        int result = 0;
        Idx a = 2 * s1 + n1; // twice the midpoints, so that they are whole numbers
        Idx b = a + n1 + n2;
        for (;;) {
            ++result;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    // found_new_run: merges the pending runs deeper than the boundary a new run of n2 makes.
    bool foundNewRun(Idx n2, Idx n) {
        if (m_runs.empty())
            return true;
        const int power = powerLoop(m_runs.back().base, m_runs.back().len, n2, n);
        while (m_runs.size() > 1 && m_runs[m_runs.size() - 2].power > power)
            if (!mergeAt(m_runs.size() - 2))
                return false;
        m_runs.back().power = power;
        return true;
    }

    // merge_force_collapse: the runs left at the end, the smaller neighbour first.
    bool forceCollapse() {
        while (m_runs.size() > 1) {
            std::size_t i = m_runs.size() - 2;
            if (i > 0 && m_runs[i - 1].len < m_runs[i + 1].len)
                --i;
            if (!mergeAt(i))
                return false;
        }
        return true;
    }

    // gallop_left: where key goes in the sorted a[0, n), left of any equal items, searching out
    // from a[hint] by doubling steps and then by bisection; -1 on failure.
    Idx gallopLeft(const T key, const T* a, Idx n, Idx hint) {
        Idx lastofs = 0, ofs = 1;
        int c = m_less(a[hint], key);
        if (c < 0)
            return -1;
        if (c) {
            const Idx maxofs = n - hint;
            while (ofs < maxofs) {
                if ((c = m_less(a[hint + ofs], key)) < 0)
                    return -1;
                if (!c)
                    break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = std::min(ofs, maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            const Idx maxofs = hint + 1;
            while (ofs < maxofs) {
                if ((c = m_less(a[hint - ofs], key)) < 0)
                    return -1;
                if (c)
                    break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = std::min(ofs, maxofs);
            const Idx k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        for (++lastofs; lastofs < ofs;) {
            const Idx m = lastofs + ((ofs - lastofs) >> 1);
            if ((c = m_less(a[m], key)) < 0)
                return -1;
            if (c)
                lastofs = m + 1;
            else
                ofs = m;
        }
        return ofs;
    }

    // gallop_right: as gallopLeft, but right of any items equal to key.
    Idx gallopRight(const T key, const T* a, Idx n, Idx hint) {
        Idx lastofs = 0, ofs = 1;
        int c = m_less(key, a[hint]);
        if (c < 0)
            return -1;
        if (c) {
            const Idx maxofs = hint + 1;
            while (ofs < maxofs) {
                if ((c = m_less(key, a[hint - ofs])) < 0)
                    return -1;
                if (!c)
                    break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = std::min(ofs, maxofs);
            const Idx k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            const Idx maxofs = n - hint;
            while (ofs < maxofs) {
                if ((c = m_less(key, a[hint + ofs])) < 0)
                    return -1;
                if (c)
                    break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = std::min(ofs, maxofs);
            lastofs += hint;
            ofs += hint;
        }
        for (++lastofs; lastofs < ofs;) {
            const Idx m = lastofs + ((ofs - lastofs) >> 1);
            if ((c = m_less(key, a[m])) < 0)
                return -1;
            if (c)
                ofs = m;
            else
                lastofs = m + 1;
        }
        return ofs;
    }

    // merge_at: merges pending runs i and i + 1, first trimming what already sits in place.
    bool mergeAt(std::size_t i) {
        Idx sa = m_runs[i].base, na = m_runs[i].len;
        const Idx sb = m_runs[i + 1].base;
        Idx nb = m_runs[i + 1].len;
        m_runs[i].len = na + nb;
        if (i + 3 == m_runs.size())
            m_runs[i + 1] = m_runs[i + 2];
        m_runs.pop_back();
        const T* arr = m_a.data();
        const Idx k = gallopRight(arr[sb], arr + sa, na, 0);
        if (k < 0)
            return false;
        sa += k;
        na -= k;
        if (na == 0)
            return true;
        nb = gallopLeft(arr[sa + na - 1], arr + sb, nb, nb - 1);
        if (nb <= 0)
            return nb == 0;
        return na <= nb ? mergeLo(sa, na, sb, nb) : mergeHi(sa, na, sb, nb);
    }

    // merge_lo: run a (copied aside) is the shorter, so the merge fills from the left.
    bool mergeLo(Idx sa, Idx na, Idx sb, Idx nb) {
        m_tmp.assign(m_a.begin() + sa, m_a.begin() + sa + na);
        T* arr = m_a.data();
        const T* tmp = m_tmp.data();
        Idx dest = sa, a = 0, b = sb;
        arr[dest++] = arr[b++];
        --nb;
        End end = nb == 0 ? End::Done : na == 1 ? End::LastOne : mergeLoLoop(dest, a, na, b, nb);
        if (end == End::LastOne) {
            std::copy(arr + b, arr + b + nb, arr + dest); // moves left: overlap is safe
            arr[dest + nb] = tmp[a];
            return true;
        }
        std::copy(tmp + a, tmp + a + na, arr + dest);
        return end == End::Done;
    }

    End mergeLoLoop(Idx& dest, Idx& a, Idx& na, Idx& b, Idx& nb) {
        T* arr = m_a.data();
        const T* tmp = m_tmp.data();
        Idx minGallop = m_minGallop;
        for (;;) {
            Idx acount = 0, bcount = 0; // how many times in a row each run won
            for (;;) {
                const int c = m_less(arr[b], tmp[a]);
                if (c < 0)
                    return End::Fail;
                if (c) {
                    arr[dest++] = arr[b++];
                    ++bcount;
                    acount = 0;
                    if (--nb == 0)
                        return End::Done;
                    if (bcount >= minGallop)
                        break;
                } else {
                    arr[dest++] = tmp[a++];
                    ++acount;
                    bcount = 0;
                    if (--na == 1)
                        return End::LastOne;
                    if (acount >= minGallop)
                        break;
                }
            }
            ++minGallop;
            do {
                minGallop -= minGallop > 1;
                m_minGallop = minGallop;
                Idx k = gallopRight(arr[b], tmp + a, na, 0);
                if (k < 0)
                    return End::Fail;
                acount = k;
                if (k) {
                    std::copy(tmp + a, tmp + a + k, arr + dest);
                    dest += k;
                    a += k;
                    na -= k;
                    if (na == 1)
                        return End::LastOne;
                    if (na == 0) // only when the comparisons contradict each other
                        return End::Done;
                }
                arr[dest++] = arr[b++];
                if (--nb == 0)
                    return End::Done;
                k = gallopLeft(tmp[a], arr + b, nb, 0);
                if (k < 0)
                    return End::Fail;
                bcount = k;
                if (k) {
                    std::copy(arr + b, arr + b + k, arr + dest);
                    dest += k;
                    b += k;
                    nb -= k;
                    if (nb == 0)
                        return End::Done;
                }
                arr[dest++] = tmp[a++];
                if (--na == 1)
                    return End::LastOne;
            } while (acount >= kMinGallop || bcount >= kMinGallop);
            ++minGallop; // leaving galloping mode makes entering it again harder
            m_minGallop = minGallop;
        }
    }

    // merge_hi: run b (copied aside) is the shorter, so the merge fills from the right.
    bool mergeHi(Idx sa, Idx na, Idx sb, Idx nb) {
        m_tmp.assign(m_a.begin() + sb, m_a.begin() + sb + nb);
        T* arr = m_a.data();
        const T* tmp = m_tmp.data();
        Idx dest = sb + nb - 1, a = sa + na - 1, b = nb - 1;
        arr[dest--] = arr[a--];
        --na;
        End end = na == 0   ? End::Done
                  : nb == 1 ? End::LastOne
                            : mergeHiLoop(dest, a, na, b, nb, sa);
        if (end == End::LastOne) {
            std::copy_backward(arr + a + 1 - na, arr + a + 1, arr + dest + 1); // moves right
            arr[dest - na] = tmp[b];
            return true;
        }
        std::copy(tmp, tmp + nb, arr + dest - (nb - 1));
        return end == End::Done;
    }

    End mergeHiLoop(Idx& dest, Idx& a, Idx& na, Idx& b, Idx& nb, Idx sa) {
        T* arr = m_a.data();
        const T* tmp = m_tmp.data();
        Idx minGallop = m_minGallop;
        for (;;) {
            Idx acount = 0, bcount = 0;
            for (;;) {
                const int c = m_less(tmp[b], arr[a]);
                if (c < 0)
                    return End::Fail;
                if (c) {
                    arr[dest--] = arr[a--];
                    ++acount;
                    bcount = 0;
                    if (--na == 0)
                        return End::Done;
                    if (acount >= minGallop)
                        break;
                } else {
                    arr[dest--] = tmp[b--];
                    ++bcount;
                    acount = 0;
                    if (--nb == 1)
                        return End::LastOne;
                    if (bcount >= minGallop)
                        break;
                }
            }
            ++minGallop;
            do {
                minGallop -= minGallop > 1;
                m_minGallop = minGallop;
                Idx k = gallopRight(tmp[b], arr + sa, na, na - 1);
                if (k < 0)
                    return End::Fail;
                k = na - k;
                acount = k;
                if (k) {
                    dest -= k;
                    a -= k;
                    std::copy_backward(arr + a + 1, arr + a + 1 + k, arr + dest + 1 + k);
                    na -= k;
                    if (na == 0)
                        return End::Done;
                }
                arr[dest--] = tmp[b--];
                if (--nb == 1)
                    return End::LastOne;
                k = gallopLeft(arr[a], tmp, nb, nb - 1);
                if (k < 0)
                    return End::Fail;
                k = nb - k;
                bcount = k;
                if (k) {
                    dest -= k;
                    b -= k;
                    std::copy(tmp + b + 1, tmp + b + 1 + k, arr + dest + 1);
                    nb -= k;
                    if (nb == 1)
                        return End::LastOne;
                    if (nb == 0) // only when the comparisons contradict each other
                        return End::Done;
                }
                arr[dest--] = arr[a--];
                if (--na == 0)
                    return End::Done;
            } while (acount >= kMinGallop || bcount >= kMinGallop);
            ++minGallop;
            m_minGallop = minGallop;
        }
    }

    std::vector<T>& m_a;
    Less& m_less;
    std::vector<T> m_tmp;    // the shorter run of a merge, copied aside
    std::vector<Run> m_runs; // the pending runs, left to right
    Idx m_minGallop = kMinGallop;
};

// Sorts `a` by `less` exactly as CPython's list.sort would; false when `less` failed (`a` is
// then the permutation CPython leaves).
template <class T, class Less> bool timSort(std::vector<T>& a, Less less) {
    return TimSort<T, Less>(a, less).sort();
}

} // namespace memstep::core::interp
