//! Transparent decompression: gzip and zstd by magic bytes (so a mislabelled
//! file still reads), plain bytes otherwise.

use std::io::{self, BufRead, BufReader, Read};

/// The compression of a stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    /// Guesses from a file name (`.gz`, `.gzip`, `.zst`, `.zstd`).
    pub fn from_name(name: &str) -> Compression {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".gz") || lower.ends_with(".gzip") {
            Compression::Gzip
        } else if lower.ends_with(".zst") || lower.ends_with(".zstd") {
            Compression::Zstd
        } else {
            Compression::None
        }
    }

    /// Recognises the magic bytes at the start of a stream.
    pub fn sniff(head: &[u8]) -> Compression {
        if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }
}

/// Wraps `inner` in the decoder its first bytes call for, buffered.
pub fn decoder<'a, R: Read + 'a>(inner: R) -> io::Result<(Compression, Box<dyn BufRead + 'a>)> {
    let mut buffered = BufReader::with_capacity(1 << 16, inner);
    let kind = Compression::sniff(buffered.fill_buf()?);
    let reader: Box<dyn BufRead + 'a> = match kind {
        Compression::None => Box::new(buffered),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::bufread::MultiGzDecoder::new(buffered),
        )),
        Compression::Zstd => Box::new(BufReader::with_capacity(
            1 << 16,
            zstd::stream::read::Decoder::with_buffer(buffered)?,
        )),
    };
    Ok((kind, reader))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(data).unwrap();
        enc.finish().unwrap()
    }

    #[test]
    fn sniffs_and_decodes_every_kind() {
        let plain = b"{\"id\": 1}\n".to_vec();
        let gz = gzip(&plain);
        let zst = zstd::encode_all(&plain[..], 3).unwrap();
        for (name, bytes, kind) in [
            ("plain", plain.clone(), Compression::None),
            ("gzip", gz, Compression::Gzip),
            ("zstd", zst, Compression::Zstd),
        ] {
            let (got, mut r) = decoder(&bytes[..]).unwrap();
            assert_eq!(got, kind, "{name}");
            let mut out = Vec::new();
            r.read_to_end(&mut out).unwrap();
            assert_eq!(out, plain, "{name}");
        }
    }

    #[test]
    fn concatenated_gzip_members_are_read_whole() {
        let mut both = gzip(b"a\n");
        both.extend(gzip(b"b\n"));
        let (_, mut r) = decoder(&both[..]).unwrap();
        let mut out = String::new();
        r.read_to_string(&mut out).unwrap();
        assert_eq!(out, "a\nb\n");
    }

    #[test]
    fn truncated_gzip_is_an_error_not_a_short_read() {
        let gz = gzip(&b"some text that is long enough\n".repeat(100));
        let (_, mut r) = decoder(&gz[..gz.len() / 2]).unwrap();
        let mut out = Vec::new();
        assert!(r.read_to_end(&mut out).is_err());
    }

    #[test]
    fn names() {
        assert_eq!(Compression::from_name("a.jsonl.GZ"), Compression::Gzip);
        assert_eq!(Compression::from_name("a.csv.zst"), Compression::Zstd);
        assert_eq!(Compression::from_name("a.txt"), Compression::None);
    }
}
