fn main() {
    parallax_app::panic::install_hook();
    leptos::mount::mount_to_body(parallax_app::App);
}
