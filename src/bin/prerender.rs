//! Writes the prerendered landing for scripts/postbuild.mjs:
//! `prerender DIR` makes DIR/landing.html (hosted) and
//! DIR/landing-offline.html (inside the single offline file).

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: prerender DIR");
        std::process::exit(2);
    };
    let dir = std::path::Path::new(&dir);
    let write = |name: &str, html: String| {
        if let Err(error) =
            std::fs::create_dir_all(dir).and_then(|()| std::fs::write(dir.join(name), html))
        {
            eprintln!(
                "prerender: cannot write {}: {error}",
                dir.join(name).display()
            );
            std::process::exit(1);
        }
    };
    write(
        "landing.html",
        devops_maturity::ui::frame::prerender::landing_html(false),
    );
    write(
        "landing-offline.html",
        devops_maturity::ui::frame::prerender::landing_html(true),
    );
}
