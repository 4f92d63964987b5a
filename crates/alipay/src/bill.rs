//! The trade bill (业务明细): a zip holding GBK-encoded CSV files, the detail
//! file `<pid>_<yyyymmdd>_业务明细.csv` next to a summary `…(汇总).csv`.
//!
//! Layout of the detail file: `#` comment lines (title, account, period), a
//! header row, one row per trade or refund, then `#` lines with totals and the
//! export time. Values often carry a trailing tab (Excel text guard), trimmed
//! here. Columns are looked up by header name, not position.

use std::io::{Cursor, Read};

use masking::Secret;
use money::{Currency, Money};

use crate::error::BillError;

/// The detail header, in Alipay's order. The sandbox writes exactly this.
pub const DETAIL_COLUMNS: [&str; 25] = [
    "支付宝交易号",
    "商户订单号",
    "业务类型",
    "商品名称",
    "创建时间",
    "完成时间",
    "门店编号",
    "门店名称",
    "操作员",
    "终端号",
    "对方账户",
    "订单金额（元）",
    "商家实收（元）",
    "支付宝红包（元）",
    "集分宝（元）",
    "支付宝优惠（元）",
    "商家优惠（元）",
    "券核销金额（元）",
    "券名称",
    "商家红包消费金额（元）",
    "卡消费金额（元）",
    "退款批次号/请求号",
    "服务费（元）",
    "分润（元）",
    "备注",
];

/// Trade or refund row (`业务类型`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BillKind {
    /// 交易
    Trade,
    /// 退款
    Refund,
}

impl BillKind {
    /// The wire text.
    pub fn as_str(self) -> &'static str {
        match self {
            BillKind::Trade => "交易",
            BillKind::Refund => "退款",
        }
    }
}

/// One row of the detail file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillRow {
    /// 支付宝交易号
    pub trade_no: String,
    /// 商户订单号
    pub out_trade_no: String,
    /// 业务类型
    pub kind: BillKind,
    /// 商品名称
    pub subject: String,
    /// 创建时间
    pub created: String,
    /// 完成时间
    pub finished: String,
    /// 门店编号
    pub store_id: String,
    /// 终端号
    pub terminal_id: String,
    /// 对方账户
    pub buyer_account: Secret<String>,
    /// 订单金额（元）, negative for refunds
    pub order_amount: Money,
    /// 商家实收（元）, negative for refunds
    pub received: Money,
    /// 退款批次号/请求号
    pub refund_request_no: String,
}

/// A parsed bill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bill {
    /// The account line (`#账号：[…]`), when present.
    pub account: Option<String>,
    /// The rows, in file order.
    pub rows: Vec<BillRow>,
}

/// Splits one CSV line (double quotes allowed around fields).
pub fn split_csv(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// Quotes a CSV field when needed.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// Parses the GBK text of a detail CSV.
pub fn parse_csv(gbk: &[u8]) -> Result<Bill, BillError> {
    let (text, _, had_errors) = encoding_rs::GBK.decode(gbk);
    if had_errors {
        return Err(BillError::Csv { line: 0, reason: "not valid GBK text".into() });
    }
    let mut account = None;
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for (idx, line) in text.lines().enumerate() {
        let lineno = idx + 1;
        let line = line.trim_end_matches('\r');
        if let Some(c) = line.strip_prefix('#') {
            if let Some(rest) = c.strip_prefix("账号：") {
                account = Some(rest.trim().trim_matches(['[', ']']).to_owned());
            }
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<String> =
            split_csv(line).into_iter().map(|f| f.trim().to_owned()).collect();
        let Some(h) = &header else {
            if !fields.iter().any(|f| f == "支付宝交易号") {
                return Err(BillError::Csv {
                    line: lineno,
                    reason: "expected the header row with 支付宝交易号".into(),
                });
            }
            header = Some(fields);
            continue;
        };
        let get =
            |name: &str| -> Result<String, BillError> {
                h.iter().position(|c| c == name).and_then(|i| fields.get(i)).cloned().ok_or_else(
                    || BillError::Csv { line: lineno, reason: format!("no {name} column") },
                )
            };
        let money = |name: &str| -> Result<Money, BillError> {
            let t = get(name)?;
            Money::parse_decimal(&t, Currency::Cny)
                .map_err(|e| BillError::Csv { line: lineno, reason: format!("{name}: {e}") })
        };
        let kind = match get("业务类型")?.as_str() {
            "交易" => BillKind::Trade,
            "退款" => BillKind::Refund,
            other => {
                return Err(BillError::Csv {
                    line: lineno,
                    reason: format!("unknown 业务类型 {other:?}"),
                });
            }
        };
        rows.push(BillRow {
            trade_no: get("支付宝交易号")?,
            out_trade_no: get("商户订单号")?,
            kind,
            subject: get("商品名称")?,
            created: get("创建时间")?,
            finished: get("完成时间")?,
            store_id: get("门店编号")?,
            terminal_id: get("终端号")?,
            buyer_account: Secret::new(get("对方账户")?),
            order_amount: money("订单金额（元）")?,
            received: money("商家实收（元）")?,
            refund_request_no: get("退款批次号/请求号")?,
        });
    }
    if header.is_none() {
        return Err(BillError::Csv { line: 0, reason: "no header row".into() });
    }
    Ok(Bill { account, rows })
}

/// Opens the bill zip and parses its detail file (the CSV whose name ends in
/// `业务明细.csv`, not the `(汇总)` summary).
pub fn parse_zip(zip_bytes: &[u8]) -> Result<Bill, BillError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip_bytes))
        .map_err(|e| BillError::Archive(e.to_string()))?;
    let mut names: Vec<String> = archive.file_names().map(str::to_owned).collect();
    names.sort();
    let name = names
        .iter()
        .find(|n| n.ends_with("业务明细.csv"))
        .ok_or_else(|| BillError::Archive(format!("no 业务明细.csv in {names:?}")))?;
    let mut file = archive.by_name(name).map_err(|e| BillError::Archive(e.to_string()))?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(|e| BillError::Archive(e.to_string()))?;
    parse_csv(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_round_trip() {
        let f = ["a,b", "say \"hi\"", "plain"];
        let line: Vec<String> = f.iter().map(|s| csv_field(s)).collect();
        assert_eq!(split_csv(&line.join(",")), f);
    }
}
