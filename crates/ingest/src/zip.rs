//! Just enough of the ZIP format to read an office document's parts: the central directory,
//! then an entry's bytes, stored or deflated. No ZIP64, encryption or multi-disk archives
//! (office documents use none of them); every size is checked against the archive before use.

/// The most an entry may inflate to (64 MiB): an 8 MiB file of text does not get near it, a
/// "zip bomb" does.
pub const MAX_ENTRY_BYTES: usize = 64 * 1024 * 1024;

const END_OF_DIRECTORY: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
const DIRECTORY_ENTRY: [u8; 4] = [0x50, 0x4b, 0x01, 0x02];
const LOCAL_HEADER: [u8; 4] = [0x50, 0x4b, 0x03, 0x04];
/// The end-of-directory record without its comment, and the longest comment it may carry.
const END_LENGTH: usize = 22;
const MAX_COMMENT: usize = 0xffff;

/// One file in the archive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    method: u16,
    compressed: usize,
    size: usize,
    local_header: usize,
}

/// An archive's directory over its bytes.
pub struct Archive<'a> {
    bytes: &'a [u8],
    pub entries: Vec<Entry>,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize)
}

impl<'a> Archive<'a> {
    /// Reads the central directory, or says why it cannot.
    pub fn open(bytes: &'a [u8]) -> Result<Archive<'a>, &'static str> {
        let lowest = bytes.len().saturating_sub(END_LENGTH + MAX_COMMENT);
        let end = (lowest..=bytes.len().saturating_sub(END_LENGTH))
            .rev()
            .find(|&at| bytes[at..].starts_with(&END_OF_DIRECTORY))
            .ok_or("a damaged ZIP archive (no directory)")?;
        let count = usize::from(u16_at(bytes, end + 10).ok_or("a damaged ZIP archive")?);
        let mut at = u32_at(bytes, end + 16).ok_or("a damaged ZIP archive")?;
        let mut entries = Vec::with_capacity(count.min(4096));
        for _ in 0..count {
            if bytes.get(at..at + 4) != Some(&DIRECTORY_ENTRY[..]) {
                return Err("a damaged ZIP archive (bad directory entry)");
            }
            let field = |offset| u32_at(bytes, at + offset).ok_or("a damaged ZIP archive");
            let short = |offset| {
                u16_at(bytes, at + offset)
                    .map(usize::from)
                    .ok_or("a damaged ZIP archive")
            };
            let (name_length, extra, comment) = (short(28)?, short(30)?, short(32)?);
            let name = bytes
                .get(at + 46..at + 46 + name_length)
                .ok_or("a damaged ZIP archive")?;
            entries.push(Entry {
                name: String::from_utf8_lossy(name).into_owned(),
                method: u16_at(bytes, at + 10).ok_or("a damaged ZIP archive")?,
                compressed: field(20)?,
                size: field(24)?,
                local_header: field(42)?,
            });
            at += 46 + name_length + extra + comment;
        }
        Ok(Archive { bytes, entries })
    }

    /// The entry called `name`.
    pub fn entry(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// An entry's contents, or why they cannot be read.
    pub fn read(&self, entry: &Entry) -> Result<Vec<u8>, &'static str> {
        let at = entry.local_header;
        if self.bytes.get(at..at + 4) != Some(&LOCAL_HEADER[..]) {
            return Err("a damaged ZIP archive (bad entry header)");
        }
        let name_length = usize::from(u16_at(self.bytes, at + 26).ok_or("a damaged ZIP archive")?);
        let extra = usize::from(u16_at(self.bytes, at + 28).ok_or("a damaged ZIP archive")?);
        let start = at + 30 + name_length + extra;
        let data = self
            .bytes
            .get(start..start.saturating_add(entry.compressed))
            .ok_or("a damaged ZIP archive (truncated)")?;
        if entry.size > MAX_ENTRY_BYTES {
            return Err("a ZIP archive with a part too large to read");
        }
        match entry.method {
            0 => Ok(data.to_vec()),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_ENTRY_BYTES)
                .map_err(|_| "a damaged ZIP archive (bad compressed data)"),
            _ => Err("a ZIP archive compressed in a way Parallax does not read"),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A ZIP archive of `files`, deflated or stored: what the tests read (office documents
    /// are such archives).
    pub(crate) fn archive(files: &[(&str, &[u8])], deflate: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let mut directory = Vec::new();
        for (name, contents) in files {
            let data = if deflate {
                miniz_oxide::deflate::compress_to_vec(contents, 6)
            } else {
                contents.to_vec()
            };
            let method: u16 = if deflate { 8 } else { 0 };
            let offset = out.len() as u32;
            let mut common = Vec::new();
            common.extend(20u16.to_le_bytes()); // version needed
            common.extend(0u16.to_le_bytes()); // flags
            common.extend(method.to_le_bytes());
            common.extend([0; 4]); // time, date
            common.extend(0u32.to_le_bytes()); // crc (not checked)
            common.extend((data.len() as u32).to_le_bytes());
            common.extend((contents.len() as u32).to_le_bytes());
            common.extend((name.len() as u16).to_le_bytes());
            common.extend(0u16.to_le_bytes()); // extra
            out.extend(LOCAL_HEADER);
            out.extend(&common);
            out.extend(name.as_bytes());
            out.extend(&data);
            directory.extend(DIRECTORY_ENTRY);
            directory.extend(20u16.to_le_bytes()); // made by
            directory.extend(&common);
            directory.extend([0; 6]); // comment length, disk, internal attributes
            directory.extend([0; 4]); // external attributes
            directory.extend(offset.to_le_bytes());
            directory.extend(name.as_bytes());
        }
        let start = out.len() as u32;
        out.extend(&directory);
        out.extend(END_OF_DIRECTORY);
        out.extend([0; 4]);
        out.extend((files.len() as u16).to_le_bytes());
        out.extend((files.len() as u16).to_le_bytes());
        out.extend((directory.len() as u32).to_le_bytes());
        out.extend(start.to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out
    }

    #[test]
    fn reads_stored_and_deflated_entries() {
        for deflate in [false, true] {
            let zip = archive(
                &[("a.txt", b"alpha"), ("dir/b.xml", b"<b>beta</b>")],
                deflate,
            );
            let archive = Archive::open(&zip).expect("opens");
            let names: Vec<&str> = archive.entries.iter().map(|e| e.name.as_str()).collect();
            assert_eq!(names, ["a.txt", "dir/b.xml"]);
            let b = archive.entry("dir/b.xml").expect("entry");
            assert_eq!(archive.read(b).expect("reads"), b"<b>beta</b>");
        }
    }

    #[test]
    fn damaged_archives_are_refused_never_panic() {
        let zip = archive(&[("word/document.xml", b"<w:document/>")], true);
        for cut in 0..zip.len() {
            if let Ok(archive) = Archive::open(&zip[..cut]) {
                for entry in &archive.entries {
                    let _ = archive.read(entry);
                }
            }
        }
        assert!(Archive::open(b"PK\x03\x04 nothing else").is_err());
    }
}
