//! Content streams: the page reader, which interprets a page's operators (and its forms) into
//! pieces of text, and the lines built from those pieces, a page in two columns read left first.

use std::collections::HashMap;
use std::rc::Rc;

use super::fonts::Font;
use super::objects::Objects;
use super::syntax::{Dict, Lexer, Obj};
use super::{Line, MAX_DECODED_BYTES, MAX_DEPTH};

/// Most content-stream operators interpreted for one page, its forms included.
const MAX_OPERATIONS: usize = 5_000_000;
/// Most forms drawn for one page (a form drawing itself twice would otherwise double each level).
const MAX_FORM_CALLS: usize = 2_000;
/// Deepest `q` nesting kept.
const MAX_SAVED_STATES: usize = 64;
/// Most pieces of text kept for one page.
const MAX_RUNS: usize = 200_000;
/// A `TJ` adjustment below minus this many thousandths of an em is a word space.
const TJ_SPACE: f64 = 200.0;
/// A gap wider than this share of an em between two pieces of a line is a word space.
const WORD_GAP_EM: f32 = 0.15;
/// Pieces whose baselines differ by less than this share of an em are on one line.
const SAME_LINE_EM: f32 = 0.4;
/// The same text drawn again within this share of an em is fake bold, kept once.
const DUPLICATE_EM: f32 = 0.2;
/// A gap at least this many ems wide between two pieces of a line may be a gutter.
const GUTTER_EM: f32 = 0.8;
/// Narrowest column, in ems, on either side of a gutter (narrower ones are a table's or a list's).
const MIN_COLUMN_EM: f32 = 10.0;
/// Lines with text on both sides of a gutter for it to be taken for one.
const MIN_COLUMN_LINES: usize = 3;
/// Most gutter positions tried on one page.
const MAX_GUTTERS: usize = 64;
/// Most shear (as a share of the scale) of text still taken as upright.
const MAX_SHEAR: f32 = 0.5;

/// An affine matrix `[a b c d e f]`, row-vector convention as in the PDF specification.
type Matrix = [f32; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `a` then `b`: the matrix that maps by `a` first.
fn multiply(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

fn translate(x: f32, y: f32) -> Matrix {
    [1.0, 0.0, 0.0, 1.0, x, y]
}

/// The last `N` operands as numbers (zero for anything else).
fn numbers<const N: usize>(operands: &[Obj]) -> [f32; N] {
    let mut out = [0.0; N];
    let start = operands.len().saturating_sub(N);
    for (slot, obj) in out.iter_mut().zip(&operands[start..]) {
        *slot = obj.num().unwrap_or(0.0) as f32;
    }
    out
}

/// The graphics state that matters for text.
#[derive(Clone)]
pub(super) struct Graphics {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    horizontal_scale: f32,
    leading: f32,
    rise: f32,
}

impl Default for Graphics {
    fn default() -> Graphics {
        Graphics {
            ctm: IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            horizontal_scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        }
    }
}

/// A piece of text drawn in one go: its start and end on the baseline, and its size, in points.
pub(super) struct Run {
    text: String,
    x0: f32,
    x1: f32,
    y: f32,
    size: f32,
}

/// Reads one page: interprets its content (and forms), collecting the text it draws.
pub(super) struct PageReader<'p> {
    objects: &'p Objects,
    budget: usize,
    operations: usize,
    form_calls: usize,
    /// Forms being drawn, innermost last (a form drawing itself is cut).
    forms: Vec<u32>,
    fonts: HashMap<u32, Rc<Font>>,
    pub(super) runs: Vec<Run>,
}

impl<'p> PageReader<'p> {
    pub(super) fn new(objects: &'p Objects) -> PageReader<'p> {
        PageReader {
            objects,
            budget: MAX_DECODED_BYTES,
            operations: 0,
            form_calls: 0,
            forms: Vec::new(),
            fonts: HashMap::new(),
            runs: Vec::new(),
        }
    }

    /// A page's content: one stream or an array of them, joined.
    pub(super) fn contents(&mut self, contents: &Obj) -> Vec<u8> {
        let parts = match self.objects.resolve(contents) {
            Obj::Array(items) => items.iter().collect(),
            single => vec![single],
        };
        let mut out = Vec::new();
        for part in parts {
            if let Some(data) = self.objects.decoded(part, &mut self.budget) {
                out.extend_from_slice(&data);
                out.push(b'\n');
            }
        }
        out
    }

    pub(super) fn run(
        &mut self,
        content: &[u8],
        resources: Option<&'p Dict>,
        mut gs: Graphics,
        depth: usize,
    ) {
        let mut lexer = Lexer::new(content, 0);
        let mut operands = Vec::new();
        let mut saved = Vec::new();
        let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
        while let Some(op) = lexer.operator(&mut operands) {
            self.operations += 1;
            if self.operations > MAX_OPERATIONS {
                return;
            }
            let string = operands
                .iter()
                .rev()
                .find_map(Obj::string)
                .unwrap_or_default();
            let next_line = |tm: &mut Matrix, tlm: &mut Matrix, x: f32, y: f32| {
                *tlm = multiply(&translate(x, y), tlm);
                *tm = *tlm;
            };
            match op {
                b"q" if saved.len() < MAX_SAVED_STATES => saved.push(gs.clone()),
                b"Q" => gs = saved.pop().unwrap_or(gs),
                b"cm" => gs.ctm = multiply(&numbers::<6>(&operands), &gs.ctm),
                b"BT" => (tm, tlm) = (IDENTITY, IDENTITY),
                b"Tf" => {
                    let name = operands.iter().find_map(Obj::name);
                    gs.font = name.and_then(|name| self.font(resources, name));
                    gs.size = numbers::<1>(&operands)[0];
                }
                b"Td" => {
                    let [x, y] = numbers(&operands);
                    next_line(&mut tm, &mut tlm, x, y);
                }
                b"TD" => {
                    let [x, y] = numbers(&operands);
                    gs.leading = -y;
                    next_line(&mut tm, &mut tlm, x, y);
                }
                b"Tm" => (tm, tlm) = (numbers(&operands), numbers(&operands)),
                b"T*" => next_line(&mut tm, &mut tlm, 0.0, -gs.leading),
                b"TL" => gs.leading = numbers::<1>(&operands)[0],
                b"Tc" => gs.char_spacing = numbers::<1>(&operands)[0],
                b"Tw" => gs.word_spacing = numbers::<1>(&operands)[0],
                b"Tz" => gs.horizontal_scale = numbers::<1>(&operands)[0] / 100.0,
                b"Ts" => gs.rise = numbers::<1>(&operands)[0],
                b"Tj" => self.show(string, &gs, &mut tm),
                b"'" | b"\"" => {
                    if op == b"\"" {
                        let [word, char, _] = numbers(&operands);
                        (gs.word_spacing, gs.char_spacing) = (word, char);
                    }
                    next_line(&mut tm, &mut tlm, 0.0, -gs.leading);
                    self.show(string, &gs, &mut tm);
                }
                b"TJ" => {
                    let items = operands.iter().rev().find(|o| matches!(o, Obj::Array(_)));
                    self.show_adjusted(items.map_or(&[][..], Obj::array), &gs, &mut tm);
                }
                b"Do" => {
                    if let Some(name) = operands.iter().find_map(Obj::name) {
                        self.draw_form(resources, name, &gs, depth);
                    }
                }
                b"BI" => lexer.skip_inline_image(),
                _ => {}
            }
            operands.clear();
        }
    }

    /// The font named `name` in the resources, loaded once per page.
    fn font(&mut self, resources: Option<&'p Dict>, name: &[u8]) -> Option<Rc<Font>> {
        let fonts = self.objects.get(resources?, "Font").dict()?;
        let entry = fonts.get_bytes(name);
        let number = entry.reference();
        if let Some(font) = number.and_then(|n| self.fonts.get(&n)) {
            return Some(font.clone());
        }
        let font = Rc::new(Font::load(
            self.objects,
            self.objects.resolve(entry).dict()?,
            &mut self.budget,
        ));
        if let Some(n) = number {
            self.fonts.insert(n, font.clone());
        }
        Some(font)
    }

    /// `TJ`: strings shown, numbers moving back (in thousandths of an em); a large move forward
    /// after some text is a word space.
    fn show_adjusted(&mut self, items: &[Obj], gs: &Graphics, tm: &mut Matrix) {
        let mut shown = false;
        for item in items {
            match item {
                Obj::Str(bytes) => {
                    self.show(bytes, gs, tm);
                    shown = true;
                }
                Obj::Num(n) => {
                    let x = -(*n as f32) / 1000.0 * gs.size * gs.horizontal_scale;
                    *tm = multiply(&translate(x, 0.0), tm);
                    if shown && *n < -TJ_SPACE {
                        if let Some(run) = self.runs.last_mut().filter(|r| !r.text.ends_with(' ')) {
                            run.text.push(' ');
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Shows a string: each code's text at its place, the text matrix advanced past it.
    fn show(&mut self, bytes: &[u8], gs: &Graphics, tm: &mut Matrix) {
        let Some(font) = gs.font.clone() else { return };
        let scale = gs.horizontal_scale;
        let mut run: Option<Run> = None;
        for (code, len) in font.codes(bytes) {
            let user = multiply(tm, &gs.ctm);
            let trm = multiply(&[gs.size * scale, 0.0, 0.0, gs.size, 0.0, gs.rise], &user);
            let word = if len == 1 && code == 32 {
                gs.word_spacing
            } else {
                0.0
            };
            let advance = (font.widths.em(code) * gs.size + gs.char_spacing + word) * scale;
            *tm = multiply(&translate(advance, 0.0), tm);
            let text = clean_text(&font.text(code));
            let upright = trm[0] > 0.0
                && trm[3] > 0.0
                && trm[1].abs() <= trm[0] * MAX_SHEAR
                && trm[2].abs() <= trm[3] * MAX_SHEAR;
            let size = trm[2].hypot(trm[3]);
            if text.is_empty() || !upright || !(size.is_finite() && size > 0.01) {
                continue;
            }
            let end = multiply(&[1.0, 0.0, 0.0, 1.0, 0.0, gs.rise], &multiply(tm, &gs.ctm))[4];
            match run.as_mut() {
                Some(run) => {
                    run.text.push_str(&text);
                    run.x1 = end;
                }
                None => {
                    run = Some(Run {
                        text,
                        x0: trm[4],
                        x1: end,
                        y: trm[5],
                        size,
                    })
                }
            }
        }
        let run = run.filter(|r| r.x0.is_finite() && r.x1.is_finite() && r.y.is_finite());
        if self.runs.len() < MAX_RUNS {
            self.runs.extend(run);
        }
    }

    /// `Do`: draws a form XObject (images and unknown objects are skipped).
    fn draw_form(&mut self, resources: Option<&'p Dict>, name: &[u8], gs: &Graphics, depth: usize) {
        if depth >= MAX_DEPTH || self.form_calls >= MAX_FORM_CALLS {
            return;
        }
        let Some(xobjects) = resources.and_then(|r| self.objects.get(r, "XObject").dict()) else {
            return;
        };
        let entry = xobjects.get_bytes(name);
        let number = entry.reference();
        if number.is_some_and(|n| self.forms.contains(&n)) {
            return;
        }
        let form = self.objects.resolve(entry);
        let Some(dict) = form
            .dict()
            .filter(|d| d.get("Subtype").name() == Some(b"Form"))
        else {
            return;
        };
        self.form_calls += 1;
        let Some(content) = self.objects.decoded(form, &mut self.budget) else {
            return;
        };
        let matrix = self.objects.get(dict, "Matrix").array();
        let mut inner = gs.clone();
        if matrix.len() == 6 {
            inner.ctm = multiply(&numbers::<6>(matrix), &gs.ctm);
        }
        let own = self.objects.get(dict, "Resources").dict();
        self.forms.extend(number);
        self.run(&content, own.or(resources), inner, depth + 1);
        if number.is_some() {
            self.forms.pop();
        }
    }
}

/// Text fit for an article: ligatures spelled out, spaces of every width as spaces, control,
/// private-use and zero-width characters dropped. Soft hyphens are kept (see [`finish_line`]).
pub(super) fn clean_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
                out.push(' ')
            }
            '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{fffd}' => {}
            '\u{e000}'..='\u{f8ff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A line's final text: single-spaced, trimmed, a soft hyphen at its end shown as a hyphen and
/// elsewhere dropped.
pub(super) fn finish_line(text: &str) -> String {
    let spaced = single_spaced(text);
    let soft_end = spaced.ends_with('\u{ad}');
    let mut out: String = spaced.chars().filter(|&c| c != '\u{ad}').collect();
    if soft_end {
        out.push('-');
    }
    out
}

pub(super) fn single_spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Groups runs into lines by baseline, top to bottom, each left to right; where a page has two
/// columns, each block of column lines is read left column first.
pub(super) fn lines_from_runs(mut runs: Vec<Run>) -> Vec<Line> {
    runs.sort_by(|a, b| b.y.total_cmp(&a.y));
    let mut groups: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        match groups.last_mut() {
            Some(group) if same_baseline(&group[0], &run) => group.push(run),
            _ => groups.push(vec![run]),
        }
    }
    for group in &mut groups {
        group.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    }
    let groups = match gutter(&groups) {
        Some(x) => in_columns(groups, x),
        None => groups,
    };
    groups.into_iter().filter_map(line_of).collect()
}

fn same_baseline(anchor: &Run, run: &Run) -> bool {
    (anchor.y - run.y).abs() <= SAME_LINE_EM * anchor.size.max(run.size)
}

/// Where a baseline group (sorted by `x0`) stands relative to a gutter at `x`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
    /// Text on both sides, a gap of at least [`GUTTER_EM`] around `x`.
    Both,
    /// Text across `x` (or only a word space there).
    Across,
}

fn side(group: &[Run], x: f32) -> Side {
    let left_end = group
        .iter()
        .filter(|r| r.x1 <= x)
        .map(|r| r.x1)
        .fold(f32::MIN, f32::max);
    let right_start = group
        .iter()
        .filter(|r| r.x0 >= x)
        .map(|r| r.x0)
        .fold(f32::MAX, f32::min);
    let size = group.iter().map(|r| r.size).fold(0.0, f32::max);
    if group.iter().any(|r| r.x0 < x && r.x1 > x) {
        Side::Across
    } else if left_end == f32::MIN {
        Side::Right
    } else if right_start == f32::MAX {
        Side::Left
    } else if right_start - left_end >= GUTTER_EM * size {
        Side::Both
    } else {
        Side::Across
    }
}

/// The gutter between two columns: of the middles of wide gaps, the one most lines have text on
/// both sides of, if at least [`MIN_COLUMN_LINES`] do.
fn gutter(groups: &[Vec<Run>]) -> Option<f32> {
    let runs = || groups.iter().flatten();
    let left = runs().map(|r| r.x0).fold(f32::MAX, f32::min);
    let right = runs().map(|r| r.x1).fold(f32::MIN, f32::max);
    let mut candidates: Vec<f32> = Vec::new();
    for group in groups {
        let mut end = f32::MIN;
        for run in group {
            let middle = ((end + run.x0) / 2.0).round();
            let wide = run.x0 - end >= GUTTER_EM * run.size && end > f32::MIN;
            let columns = (middle - left).min(right - middle) >= MIN_COLUMN_EM * run.size;
            if wide && columns && !candidates.contains(&middle) && candidates.len() < MAX_GUTTERS {
                candidates.push(middle);
            }
            end = end.max(run.x1);
        }
    }
    let lines_split = |x: f32| groups.iter().filter(|g| side(g, x) == Side::Both).count();
    let best = candidates
        .into_iter()
        .map(|x| (lines_split(x), x))
        .max_by(|a, b| a.0.cmp(&b.0));
    best.filter(|(count, _)| *count >= MIN_COLUMN_LINES)
        .map(|(_, x)| x)
}

/// Groups in reading order with a gutter at `x`: lines across it stay in place; between them,
/// a block with at least [`MIN_COLUMN_LINES`] lines split by it is read left side first.
fn in_columns(groups: Vec<Vec<Run>>, x: f32) -> Vec<Vec<Run>> {
    let mut ordered = Vec::with_capacity(groups.len());
    let mut block: Vec<Vec<Run>> = Vec::new();
    let flush = |block: &mut Vec<Vec<Run>>, ordered: &mut Vec<Vec<Run>>| {
        if block.iter().filter(|g| side(g, x) == Side::Both).count() < MIN_COLUMN_LINES {
            ordered.append(block);
            return;
        }
        let mut right = Vec::new();
        for group in block.drain(..) {
            let (l, r): (Vec<Run>, Vec<Run>) = group.into_iter().partition(|run| run.x0 < x);
            ordered.extend(Some(l).filter(|l| !l.is_empty()));
            right.extend(Some(r).filter(|r| !r.is_empty()));
        }
        ordered.append(&mut right);
    };
    for group in groups {
        if side(&group, x) == Side::Across {
            flush(&mut block, &mut ordered);
            ordered.push(group);
        } else {
            block.push(group);
        }
    }
    flush(&mut block, &mut ordered);
    ordered
}

/// The line of runs sharing a baseline (sorted by `x0`): a space where a gap is wide, the same
/// text drawn again at almost the same place (fake bold) kept once. The line takes the baseline
/// and size of its longest run; `None` when it has no text.
fn line_of(runs: Vec<Run>) -> Option<Line> {
    let longest = runs.iter().max_by_key(|r| r.text.trim().chars().count())?;
    let mut text = String::new();
    let mut last: Option<&Run> = None;
    let mut end = f32::MIN;
    for run in &runs {
        let em = last.map_or(run.size, |l| l.size.max(run.size));
        if last.is_some_and(|l| l.text == run.text && (run.x0 - l.x0).abs() < DUPLICATE_EM * em) {
            continue;
        }
        if run.x0 - end > WORD_GAP_EM * run.size
            && !text.ends_with(' ')
            && !run.text.starts_with(' ')
        {
            text.push(' ');
        }
        text.push_str(&run.text);
        end = end.max(run.x1);
        last = Some(run);
    }
    let text = finish_line(&text);
    let (x, y, size) = (runs[0].x0, longest.y, longest.size);
    (!text.is_empty()).then_some(Line { text, x, y, size })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::testing::{document, drawn, pages_of, Extra, Writer};

    #[test]
    fn kerning_and_gaps_make_word_spaces() {
        let content =
            b"BT /F1 1 Tf 12 0 0 12 72 700 Tm [(Hel) -20 (lo) -300 (world) 120 (!)] TJ ET\n\
                        q 2 0 0 2 0 0 cm BT /F1 6 Tf 36 325 Td (Hello) Tj 20 0 Td (there) Tj ET Q"
                .to_vec();
        let pages = pages_of(&document(Writer::default(), &[content], Extra::default()));
        let line = |text: &str, y: f32| Line {
            text: text.into(),
            x: 72.0,
            y,
            size: 12.0,
        };
        assert_eq!(
            pages[0],
            [line("Hello world!", 700.0), line("Hello there", 650.0)]
        );
    }

    #[test]
    fn forms_are_drawn_where_placed_and_cannot_loop() {
        let mut w = Writer::default();
        let form = w.add("");
        let body = b"BT /F1 12 Tf 72 700 Td (Inside a form) Tj ET /Fm1 Do";
        // `document` numbers its objects after ours: catalog, tree, then the font.
        let f1 = form + 3;
        let resources =
            format!("/Resources << /XObject << /Fm1 {form} 0 R >> /Font << /F1 {f1} 0 R >> >>");
        let dict = format!("/Type /XObject /Subtype /Form /Matrix [1 0 0 1 0 50] {resources}");
        let mut stream = format!("<< {dict} /Length {} >>\nstream\n", body.len()).into_bytes();
        stream.extend_from_slice(body);
        stream.extend_from_slice(b"\nendstream");
        w.set(form, stream);
        let content = b"q 1 0 0 1 0 -100 cm /Fm1 Do Q".to_vec();
        let xobjects = format!("/XObject << /Fm1 {form} 0 R >>");
        let bytes = document(
            w,
            &[content],
            Extra {
                resources: &xobjects,
                ..Extra::default()
            },
        );
        let lines = &pages_of(&bytes)[0];
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!(
            (lines[0].text.as_str(), lines[0].y),
            ("Inside a form", 650.0)
        );
    }

    #[test]
    fn two_columns_read_left_column_first() {
        let mut lines = Vec::new();
        for i in 0..5 {
            let y = 600.0 - 14.0 * i as f32;
            lines.push((320.0, y, 11.0, ["r1", "r2", "r3", "r4", "r5"][i]));
            lines.push((72.0, y, 11.0, ["l1", "l2", "l3", "l4", "l5"][i]));
        }
        lines.push((
            72.0,
            700.0,
            11.0,
            "Across the whole page, above both of the columns here",
        ));
        let pages = pages_of(&document(
            Writer::default(),
            &[drawn(&lines)],
            Extra::default(),
        ));
        let texts: Vec<&str> = pages[0].iter().map(|l| l.text.as_str()).collect();
        let expected = [
            "Across the whole page, above both of the columns here",
            "l1",
            "l2",
            "l3",
            "l4",
            "l5",
        ];
        assert_eq!(texts[..6], expected);
        assert_eq!(texts[6..], ["r1", "r2", "r3", "r4", "r5"]);
    }
}
