//! Test helpers: a minimal PDF writer and the small documents the tests build with it.

use miniz_oxide::deflate::compress_to_vec_zlib;

use super::{assemble, Line, Pdf};

/// A minimal PDF writer: numbered objects, then a correct cross-reference table and trailer.
#[derive(Default)]
pub(super) struct Writer {
    bodies: Vec<Vec<u8>>,
}

impl Writer {
    pub(super) fn add(&mut self, body: impl AsRef<[u8]>) -> usize {
        self.bodies.push(body.as_ref().to_vec());
        self.bodies.len()
    }

    pub(super) fn set(&mut self, number: usize, body: impl AsRef<[u8]>) {
        self.bodies[number - 1] = body.as_ref().to_vec();
    }

    pub(super) fn stream(&mut self, dict: &str, data: &[u8]) -> usize {
        let mut body = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
        body.extend_from_slice(data);
        body.extend_from_slice(b"\nendstream");
        self.add(body)
    }

    pub(super) fn deflated(&mut self, dict: &str, data: &[u8]) -> usize {
        self.stream(
            &format!("{dict} /Filter /FlateDecode"),
            &compress_to_vec_zlib(data, 6),
        )
    }

    /// The objects, without cross-reference table or trailer.
    pub(super) fn objects(&self) -> (Vec<u8>, Vec<usize>) {
        let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in self.bodies.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
            out.extend_from_slice(body);
            out.extend_from_slice(b"\nendobj\n");
        }
        (out, offsets)
    }

    fn finish(&self, trailer: &str) -> Vec<u8> {
        let (mut out, offsets) = self.objects();
        let (xref, size) = (out.len(), offsets.len() + 1);
        out.extend_from_slice(format!("xref\n0 {size}\n0000000000 65535 f \n").as_bytes());
        for offset in offsets {
            out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        let end = format!("trailer\n<< /Size {size} {trailer} >>\nstartxref\n{xref}\n%%EOF\n");
        out.extend_from_slice(end.as_bytes());
        out
    }
}

/// What a test document has besides its pages: more fonts (and other resources), trailer
/// and catalog entries.
#[derive(Default)]
pub(super) struct Extra<'a> {
    pub(super) resources: &'a str,
    pub(super) trailer: &'a str,
    pub(super) catalog: &'a str,
}

/// A document whose pages draw `contents` (compressed), `/F1` being Helvetica in WinAnsi.
pub(super) fn document(mut w: Writer, contents: &[Vec<u8>], extra: Extra) -> Vec<u8> {
    let catalog = w.add("");
    let tree = w.add("");
    let f1 =
        w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    let mut kids = String::new();
    for content in contents {
        let stream = w.deflated("", content);
        let page = w.add(format!(
            "<< /Type /Page /Parent {tree} 0 R /Contents {stream} 0 R >>"
        ));
        kids += &format!("{page} 0 R ");
    }
    w.set(
        catalog,
        format!("<< /Type /Catalog /Pages {tree} 0 R {} >>", extra.catalog),
    );
    let resources = format!("<< /Font << /F1 {f1} 0 R >> {} >>", extra.resources);
    let count = contents.len();
    w.set(
        tree,
        format!("<< /Type /Pages /Kids [{kids}] /Count {count} /Resources {resources} >>"),
    );
    w.finish(&format!("/Root {catalog} 0 R {}", extra.trailer))
}

/// Content drawing each `(x, y, size, string)` in `/F1`, the string in PDF syntax.
pub(super) fn drawn(lines: &[(f32, f32, f32, &str)]) -> Vec<u8> {
    let draw = |&(x, y, size, text): &(f32, f32, f32, &str)| {
        format!("BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm ({text}) Tj ET\n")
    };
    lines.iter().map(draw).collect::<String>().into_bytes()
}

pub(super) fn pages_of(bytes: &[u8]) -> Vec<Vec<Line>> {
    let pdf = Pdf::open(bytes).expect("opens");
    (0..pdf.page_count()).map(|i| pdf.page_lines(i)).collect()
}

pub(super) fn text_of(bytes: &[u8]) -> String {
    assemble(&pages_of(bytes)).text
}

const HEADER: (f32, f32, f32, &str) = (72.0, 760.0, 9.0, "Ministry of Finance \\227 Press release");

pub(super) fn press_release() -> Vec<u8> {
    let mut first = drawn(&[
        HEADER,
        (72.0, 700.0, 20.0, "Talks to resume in March"),
        (72.0, 660.0, 11.0, "The minister said the"),
        (72.0, 646.0, 11.0, "negoti-"),
        (72.0, 632.0, 11.0, "ations would resume."),
        (
            72.0,
            604.0,
            11.0,
            "A second paragraph starts here and it runs on",
        ),
        (
            72.0,
            590.0,
            11.0,
            "across the end of the page without a break in",
        ),
    ]);
    first.extend(drawn(&[(300.0, 40.0, 9.0, "1")]));
    let mut second = drawn(&[HEADER]);
    second.extend_from_slice(
        b"BT /F1 11 Tf 14 TL 72 700 Td (the sentence, about Anglo-) Tj T*\n\
          (American trade, which is where the story ends.) Tj ET\n",
    );
    second.extend(drawn(&[
        (
            90.0,
            672.0,
            11.0,
            "The third paragraph is indented and has no gap",
        ),
        (72.0, 658.0, 11.0, "before it."),
        (280.0, 40.0, 9.0, "Page 2 of 3"),
    ]));
    let mut third = drawn(&[HEADER, (290.0, 40.0, 9.0, "- 3 -")]);
    third.extend_from_slice(
        b"BT /F1 11 Tf 72 714 Td 0 -14 TD (Short closing line.) Tj (Last paragraph.) ' ET",
    );
    let mut w = Writer::default();
    let info_object =
        w.add("<< /Title (Talks to resume) /CreationDate (D:20171213094100+01'00') >>");
    let trailer = format!("/Info {info_object} 0 R");
    document(
        w,
        &[first, second, third],
        Extra {
            trailer: &trailer,
            ..Extra::default()
        },
    )
}

/// A one-page document whose page has its own resources.
pub(super) fn page_document(mut w: Writer, content: usize, resources: &str) -> Vec<u8> {
    let catalog = w.add("");
    let tree = w.add("");
    let page = w.add(format!(
        "<< /Type /Page /Parent {tree} 0 R /Contents {content} 0 R /Resources {resources} >>"
    ));
    w.set(catalog, format!("<< /Type /Catalog /Pages {tree} 0 R >>"));
    w.set(
        tree,
        format!("<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>"),
    );
    w.finish(&format!("/Root {catalog} 0 R"))
}
