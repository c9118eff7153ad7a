//! In the browser this binary is the app; natively it is the command line.

#[cfg(target_arch = "wasm32")]
fn main() {
    devops_maturity::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use devops_maturity::core::product;
    eprintln!(
        "{} {}: the assessment runs in the browser (see README: scripts/serve.sh).",
        product::NAME,
        product::VERSION
    );
    std::process::exit(2);
}
