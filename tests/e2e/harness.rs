//! Checks the test harness itself, so a silent harness cannot pass everything.

use crate::support::{browser::Browser, server::StaticServer};

#[tokio::test]
#[ignore = "needs ChromeDriver: run scripts/test.sh"]
async fn console_errors_and_uncaught_exceptions_are_caught() {
    let site = std::env::temp_dir().join(format!("devops-maturity-harness-{}", std::process::id()));
    std::fs::create_dir_all(site.join("sub")).unwrap();
    std::fs::write(
        site.join("sub/index.html"),
        "<!DOCTYPE html><title>t</title><link rel=icon href=data:,>\
         <script>console.error('deliberate error'); null.boom();</script>",
    )
    .unwrap();
    let server = StaticServer::start(&site, "/served/under/");
    let browser = Browser::start(800, 600).await;
    browser
        .client
        .goto(&format!("{}sub/", server.base_url))
        .await
        .unwrap();
    // Not the app, so not `wait_for`, which waits for the app to start.
    browser
        .client
        .wait()
        .for_element(fantoccini::Locator::Css("title"))
        .await
        .unwrap();

    let errors = browser.console_errors().await;
    assert!(
        errors.iter().any(|e| e.contains("deliberate error")),
        "{errors:#?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("TypeError")),
        "{errors:#?}"
    );
    browser.close().await;
    std::fs::remove_dir_all(site).unwrap();
}
