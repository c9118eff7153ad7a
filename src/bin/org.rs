//! In the browser this binary is the organisation view (`#/org`); natively
//! the command line's `devops-maturity org` does the same work.

#[cfg(target_arch = "wasm32")]
fn main() {
    devops_maturity::ui::org::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The organisation view runs in the browser; on the command line use `devops-maturity org PATH...`.");
    std::process::exit(2);
}
