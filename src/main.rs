//! The web app's entry point (built for wasm32 by Trunk). On other targets it only points to the
//! native command.

#[cfg(target_arch = "wasm32")]
fn main() {
    steunwijzer::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("steunwijzer-web is the browser app: build it with `scripts/serve`; for the native command use `steunwijzer eval FILE`.");
}
