//! A local sandbox of the Tencent Cloud partner API (`intlpartnersmgt`, 2022-09-28).
