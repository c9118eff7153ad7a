//! In the browser this binary is the app; natively it is the command line.

#[cfg(target_arch = "wasm32")]
fn main() {
    devops_maturity::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Buffered: a roll-up of thousands of teams is megabytes of JSON, and
    // standard output alone writes each line separately. `run` flushes.
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let code = devops_maturity::cli::run(&args, &mut stdout, &mut std::io::stderr());
    std::process::exit(code);
}
