//! The Web Worker's entry point (Trunk loads it with `data-type="worker"`).

#[cfg(target_arch = "wasm32")]
fn main() {
    parallax_worker::web::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("parallax-worker runs in the browser (Trunk builds it); use `parallax compare` here");
    std::process::exit(2);
}
