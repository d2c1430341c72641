//! Finding the next byte that needs escaping, for the JSON, CSV and XML
//! writers.
//!
//! Owns: [`skip_plain`]. Reads: a byte string. Writes nothing.
//!
//! Most output bytes are text that needs no escaping. Testing 32 bytes at
//! once with a plain predicate compiles to a few vector instructions (no
//! `unsafe`, no intrinsics: LLVM vectorizes the loop over a fixed-size
//! block), against several instructions per byte for a byte-at-a-time or
//! table-driven scan.

/// Whether `special` holds for any byte of `block`. Written without
/// short-circuiting, so that the compiler tests the whole block at once.
#[inline(always)]
fn any_special<const N: usize>(block: &[u8; N], special: impl Fn(u8) -> bool) -> bool {
    let mut flags = [false; N];
    for (flag, &b) in flags.iter_mut().zip(block) {
        *flag = special(b);
    }
    flags.iter().fold(false, |any, &flag| any | flag)
}

/// The index of the first byte at or after `from` for which `special`
/// holds, or `bytes.len()` when there is none. `special` must be a plain
/// function of the byte for the block test to vectorize: comparisons
/// joined with `|`; a table lookup, `||` or `matches!` (which becomes a bit
/// test) make it several times slower.
#[inline(always)]
pub(crate) fn skip_plain(
    bytes: &[u8],
    mut from: usize,
    special: impl Fn(u8) -> bool + Copy,
) -> usize {
    while let Some(block) = bytes.get(from..from + 32) {
        if any_special::<32>(block.try_into().expect("32 bytes"), special) {
            break;
        }
        from += 32;
    }
    while let Some(block) = bytes.get(from..from + 8) {
        if any_special::<8>(block.try_into().expect("8 bytes"), special) {
            break;
        }
        from += 8;
    }
    // Fewer than eight bytes left (most strings are short: ids, names,
    // dates): test them in one or two windows that end at the end and may
    // reach back before `from`. A special byte back there (one the caller
    // already handled) only sends the scan on to the byte loop.
    let rest = bytes.len().saturating_sub(from);
    if rest > 0 && rest < 8 {
        let plain = match bytes.len().checked_sub(8) {
            Some(last) => !any_special::<8>(bytes[last..].try_into().expect("8 bytes"), special),
            None if rest >= 4 => {
                let head = &bytes[from..from + 4];
                let tail = &bytes[bytes.len() - 4..];
                !any_special::<4>(head.try_into().expect("4 bytes"), special)
                    && !any_special::<4>(tail.try_into().expect("4 bytes"), special)
            }
            None => false,
        };
        if plain {
            return bytes.len();
        }
    }
    while from < bytes.len() && !special(bytes[from]) {
        from += 1;
    }
    from.min(bytes.len())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn naive(bytes: &[u8], from: usize, special: impl Fn(u8) -> bool) -> usize {
        (from..bytes.len())
            .find(|&i| special(bytes[i]))
            .unwrap_or(bytes.len())
    }

    #[test]
    fn every_position_of_a_special_byte() {
        let special = |b: u8| b == b'"' || b < 0x20;
        for len in 0..80 {
            for at in 0..=len {
                let mut bytes = vec![b'a'; len];
                if at < len {
                    bytes[at] = b'"';
                }
                for from in 0..=len {
                    let want = naive(&bytes, from, special);
                    assert_eq!(skip_plain(&bytes, from, special), want, "{len} {at} {from}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn matches_a_naive_scan(bytes in proptest::collection::vec(any::<u8>(), 0..200), from in 0usize..210) {
            let special = |b: u8| matches!(b, b',' | b'"' | b'\n' | b'\r' | 0xef);
            prop_assert_eq!(skip_plain(&bytes, from, special), naive(&bytes, from, special));
        }
    }
}
