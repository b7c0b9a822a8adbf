//! `parallax-ingest` as a WebAssembly module of its own, loaded by the worker on the first
//! file the user adds (`crates/worker/src/readers.rs`). It has no JavaScript glue: its
//! interface is five exported functions over its own memory, bytes in and JSON out.
//!
//! A file is read in steps so the worker can report progress (a PDF page by page):
//!
//! 1. `input(length)` makes room for the file's name (UTF-8) followed by its bytes, and returns
//!    where the caller writes them;
//! 2. `begin(name_length)` starts reading them and returns how many steps there are;
//! 3. `step()` reads one step and returns how many are done, until it returns the total;
//! 4. `finish()` returns where the answer is, and `output_length()` its length: the JSON text
//!    `{"ok": Imported}` or `{"refused": "… why, completing the file's name"}`.
//!
//! Natively the same steps are plain functions ([`Session`]), which the tests drive.

use std::cell::RefCell;

use parallax_ingest::{Imported, Reading};

/// One file on its way through the steps above.
#[derive(Default)]
pub struct Session {
    input: Vec<u8>,
    reading: Option<Reading>,
    output: Vec<u8>,
}

impl Session {
    /// Room for `length` bytes of input, zeroed.
    pub fn input(&mut self, length: usize) -> &mut [u8] {
        self.input = vec![0; length];
        self.output.clear();
        &mut self.input
    }

    /// Starts reading the input: its first `name_length` bytes are the name. Returns the
    /// number of steps.
    pub fn begin(&mut self, name_length: usize) -> usize {
        let split = name_length.min(self.input.len());
        let (name, bytes) = self.input.split_at(split);
        let name = String::from_utf8_lossy(name);
        let reading = Reading::start(&name, bytes);
        let (_, total) = reading.progress();
        self.input = Vec::new();
        self.reading = Some(reading);
        total
    }

    /// Reads one more step; the number done.
    pub fn step(&mut self) -> usize {
        match &mut self.reading {
            Some(reading) => {
                reading.step();
                reading.progress().0
            }
            None => 0,
        }
    }

    /// The answer's JSON text.
    pub fn finish(&mut self) -> &[u8] {
        let answer = match self.reading.take() {
            Some(reading) => answer(reading.finish()),
            None => answer(Err("was never read".to_string())),
        };
        self.output = answer.into_bytes();
        &self.output
    }
}

/// The JSON text the worker reads: `{"ok": …}` or `{"refused": "…"}`.
pub fn answer<E: std::fmt::Display>(result: Result<Imported, E>) -> String {
    let value = match result {
        Ok(imported) => serde_json::json!({ "ok": imported }),
        Err(why) => serde_json::json!({ "refused": why.to_string() }),
    };
    value.to_string()
}

thread_local! {
    static SESSION: RefCell<Session> = RefCell::new(Session::default());
}

/// See the module documentation, step 1.
#[no_mangle]
pub extern "C" fn input(length: usize) -> *mut u8 {
    SESSION.with_borrow_mut(|s| s.input(length).as_mut_ptr())
}

/// Step 2.
#[no_mangle]
pub extern "C" fn begin(name_length: usize) -> usize {
    SESSION.with_borrow_mut(|s| s.begin(name_length))
}

/// Step 3.
#[no_mangle]
pub extern "C" fn step() -> usize {
    SESSION.with_borrow_mut(Session::step)
}

/// Step 4: where the answer is.
#[no_mangle]
pub extern "C" fn finish() -> *const u8 {
    SESSION.with_borrow_mut(|s| s.finish().as_ptr())
}

/// Step 4: the answer's length in bytes.
#[no_mangle]
pub extern "C" fn output_length() -> usize {
    SESSION.with_borrow(|s| s.output.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str, bytes: &[u8]) -> (usize, Vec<usize>, serde_json::Value) {
        let mut session = Session::default();
        let input = session.input(name.len() + bytes.len());
        input[..name.len()].copy_from_slice(name.as_bytes());
        input[name.len()..].copy_from_slice(bytes);
        let total = session.begin(name.len());
        let mut steps = Vec::new();
        while steps.last().copied().unwrap_or(0) < total {
            steps.push(session.step());
        }
        let json = serde_json::from_slice(session.finish()).expect("json");
        (total, steps, json)
    }

    #[test]
    fn a_file_goes_through_in_steps_and_comes_back_as_json() {
        let (total, steps, json) = read("storm.txt", "The storm killed 87 people.".as_bytes());
        assert_eq!((total, steps), (1, vec![1]));
        assert_eq!(json["ok"]["text"], "The storm killed 87 people.");
        assert_eq!(json["ok"]["format"], "text");
        let imported: Imported = serde_json::from_value(json["ok"].clone()).expect("Imported");
        assert_eq!(imported.encoding, "UTF-8");
    }

    #[test]
    fn refusals_come_back_as_words() {
        let (_, _, json) = read("clip.mp4", b"....");
        let why = json["refused"].as_str().expect("a reason");
        assert!(why.starts_with("is a .mp4 file"), "{why}");
    }
}
