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
pub(crate) fn skip_plain(bytes: &[u8], from: usize, special: impl Fn(u8) -> bool + Copy) -> usize {
    let Some(mut rest) = bytes.get(from..) else {
        return bytes.len();
    };
    while let Some((block, tail)) = rest.split_first_chunk::<32>() {
        if any_special(block, special) {
            break;
        }
        rest = tail;
    }
    while let Some((block, tail)) = rest.split_first_chunk::<8>() {
        if any_special(block, special) {
            break;
        }
        rest = tail;
    }
    // Fewer than eight bytes left (most strings are short: ids, names,
    // dates): test them in one or two windows that end at the end and may
    // reach back before them. A special byte back there (one the caller
    // already handled) only sends the scan on to the byte loop.
    if !rest.is_empty() && rest.len() < 8 {
        let plain = match bytes.last_chunk::<8>() {
            Some(last) => !any_special(last, special),
            None => match (rest.first_chunk::<4>(), bytes.last_chunk::<4>()) {
                (Some(head), Some(last)) => {
                    !any_special(head, special) && !any_special(last, special)
                }
                _ => false,
            },
        };
        if plain {
            return bytes.len();
        }
    }
    let plain = rest.iter().position(|&b| special(b)).unwrap_or(rest.len());
    bytes.len() - rest.len() + plain
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
