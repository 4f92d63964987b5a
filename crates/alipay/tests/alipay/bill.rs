//! The bill: URL query, download of the zip, GBK CSV parsing.

use alipay::{
    AlipayKey, BillKind, Client, ClientConfig, OutTradeNo, PayRequest, PrivateKey, PublicKey,
    RefundRequest,
};
use alipay_sandbox::{DEMO_ALIPAY_PUBLIC_KEY, DEMO_MERCHANT_PRIVATE_KEY, Sandbox, SandboxConfig};
use money::{Currency, Money};
use time::OffsetDateTime;
use time::macros::offset;

#[tokio::test]
async fn the_days_bill_lists_trades_and_refunds() {
    let sb = Sandbox::start(SandboxConfig::demo().unwrap()).await.unwrap();
    let c = Client::new(ClientConfig::new(
        sb.url(),
        "2021000000000001",
        PrivateKey::parse("demo", DEMO_MERCHANT_PRIVATE_KEY).unwrap(),
        AlipayKey::PublicKey(PublicKey::parse("a", DEMO_ALIPAY_PUBLIC_KEY).unwrap()),
    ))
    .unwrap();
    let cny = |m| Money::new(m, Currency::Cny);
    let mut req = PayRequest::new(
        OutTradeNo::new("B_1").unwrap(),
        String::from("280000000000000401").into(),
        cny(2500),
        "面包, milk \"2\"",
    );
    req.store_id = Some("S001".into());
    c.pay(&req).await.unwrap();
    c.refund(&RefundRequest {
        out_trade_no: OutTradeNo::new("B_1").unwrap(),
        out_request_no: OutTradeNo::new("B_1_R1").unwrap(),
        amount: cny(700),
        reason: None,
    })
    .await
    .unwrap();
    let today = OffsetDateTime::now_utc().to_offset(offset!(+8)).date();
    let url = c.bill_download_url(today).await.unwrap();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let bill = c.download_bill(&url).await.unwrap();
    assert_eq!(bill.account.as_deref(), Some("20880000000000010156"));
    let trade = bill.rows.iter().find(|r| r.kind == BillKind::Trade).unwrap();
    assert_eq!((trade.out_trade_no.as_str(), trade.order_amount), ("B_1", cny(2500)));
    assert_eq!(trade.subject, "面包, milk \"2\"");
    assert_eq!(trade.store_id, "S001");
    let refund = bill.rows.iter().find(|r| r.kind == BillKind::Refund).unwrap();
    assert_eq!((refund.refund_request_no.as_str(), refund.order_amount), ("B_1_R1", cny(-700)));
    assert_eq!(bill.rows.len(), 2);
    assert!(alipay::bill::parse_zip(b"not a zip").is_err());
    sb.shutdown().await;
}
