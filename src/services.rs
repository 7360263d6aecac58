// The services of the catalogue, each behind the cargo feature named as it (included by
// lib.rs). Written by tools/gen_catalogue.py.

#[cfg(feature = "advisor")]
#[doc(inline)]
pub use tc3_advisor as advisor;

#[cfg(feature = "ai3d")]
#[doc(inline)]
pub use tc3_ai3d as ai3d;

#[cfg(feature = "aiart")]
#[doc(inline)]
pub use tc3_aiart as aiart;

#[cfg(feature = "alb")]
#[doc(inline)]
pub use tc3_alb as alb;

#[cfg(feature = "ams")]
#[doc(inline)]
pub use tc3_ams as ams;

#[cfg(feature = "antiddos")]
#[doc(inline)]
pub use tc3_antiddos as antiddos;

#[cfg(feature = "api")]
#[doc(inline)]
pub use tc3_api as api;

#[cfg(feature = "apigateway")]
#[doc(inline)]
pub use tc3_apigateway as apigateway;

#[cfg(feature = "apm")]
#[doc(inline)]
pub use tc3_apm as apm;

#[cfg(feature = "as")]
#[doc(inline)]
pub use tc3_as as r#as;

#[cfg(feature = "asr")]
#[doc(inline)]
pub use tc3_asr as asr;

#[cfg(feature = "batch")]
#[doc(inline)]
pub use tc3_batch as batch;

#[cfg(feature = "bi")]
#[doc(inline)]
pub use tc3_bi as bi;

#[cfg(feature = "billing")]
#[doc(inline)]
pub use tc3_billing as billing;

#[cfg(feature = "cam")]
#[doc(inline)]
pub use tc3_cam as cam;

#[cfg(feature = "captcha")]
#[doc(inline)]
pub use tc3_captcha as captcha;

#[cfg(feature = "car")]
#[doc(inline)]
pub use tc3_car as car;

#[cfg(feature = "cbs")]
#[doc(inline)]
pub use tc3_cbs as cbs;

#[cfg(feature = "ccc")]
#[doc(inline)]
pub use tc3_ccc as ccc;

#[cfg(feature = "cdb")]
#[doc(inline)]
pub use tc3_cdb as cdb;

#[cfg(feature = "cdc")]
#[doc(inline)]
pub use tc3_cdc as cdc;

#[cfg(feature = "cdn")]
#[doc(inline)]
pub use tc3_cdn as cdn;

#[cfg(feature = "cdwdoris")]
#[doc(inline)]
pub use tc3_cdwdoris as cdwdoris;

#[cfg(feature = "cdwpg")]
#[doc(inline)]
pub use tc3_cdwpg as cdwpg;

#[cfg(feature = "cdz")]
#[doc(inline)]
pub use tc3_cdz as cdz;

#[cfg(feature = "cfg")]
#[doc(inline)]
pub use tc3_cfg as cfg;

#[cfg(feature = "cfs")]
#[doc(inline)]
pub use tc3_cfs as cfs;

#[cfg(feature = "cfw")]
#[doc(inline)]
pub use tc3_cfw as cfw;

#[cfg(feature = "chdfs")]
#[doc(inline)]
pub use tc3_chdfs as chdfs;

#[cfg(feature = "ciam")]
#[doc(inline)]
pub use tc3_ciam as ciam;

#[cfg(feature = "ckafka")]
#[doc(inline)]
pub use tc3_ckafka as ckafka;

#[cfg(feature = "clb")]
#[doc(inline)]
pub use tc3_clb as clb;

#[cfg(feature = "cloudaudit")]
#[doc(inline)]
pub use tc3_cloudaudit as cloudaudit;

#[cfg(feature = "cls")]
#[doc(inline)]
pub use tc3_cls as cls;

#[cfg(feature = "cmq")]
#[doc(inline)]
pub use tc3_cmq as cmq;

#[cfg(feature = "config")]
#[doc(inline)]
pub use tc3_config as config;

#[cfg(feature = "controlcenter")]
#[doc(inline)]
pub use tc3_controlcenter as controlcenter;

#[cfg(feature = "csip")]
#[doc(inline)]
pub use tc3_csip as csip;

#[cfg(feature = "ctsdb")]
#[doc(inline)]
pub use tc3_ctsdb as ctsdb;

#[cfg(feature = "cvm")]
#[doc(inline)]
pub use tc3_cvm as cvm;

#[cfg(feature = "cwp")]
#[doc(inline)]
pub use tc3_cwp as cwp;

#[cfg(feature = "cynosdb")]
#[doc(inline)]
pub use tc3_cynosdb as cynosdb;

#[cfg(feature = "databuddy")]
#[doc(inline)]
pub use tc3_databuddy as databuddy;

#[cfg(feature = "dataintegration")]
#[doc(inline)]
pub use tc3_dataintegration as dataintegration;

#[cfg(feature = "dayu")]
#[doc(inline)]
pub use tc3_dayu as dayu;

#[cfg(feature = "dbbrain")]
#[doc(inline)]
pub use tc3_dbbrain as dbbrain;

#[cfg(feature = "dc")]
#[doc(inline)]
pub use tc3_dc as dc;

#[cfg(feature = "dcdb")]
#[doc(inline)]
pub use tc3_dcdb as dcdb;

#[cfg(feature = "dlc")]
#[doc(inline)]
pub use tc3_dlc as dlc;

#[cfg(feature = "dms")]
#[doc(inline)]
pub use tc3_dms as dms;

#[cfg(feature = "dnspod")]
#[doc(inline)]
pub use tc3_dnspod as dnspod;

#[cfg(feature = "domain")]
#[doc(inline)]
pub use tc3_domain as domain;

#[cfg(feature = "dts")]
#[doc(inline)]
pub use tc3_dts as dts;

#[cfg(feature = "eb")]
#[doc(inline)]
pub use tc3_eb as eb;

#[cfg(feature = "ecdn")]
#[doc(inline)]
pub use tc3_ecdn as ecdn;

#[cfg(feature = "ecm")]
#[doc(inline)]
pub use tc3_ecm as ecm;

#[cfg(feature = "edgezone")]
#[doc(inline)]
pub use tc3_edgezone as edgezone;

#[cfg(feature = "eiam")]
#[doc(inline)]
pub use tc3_eiam as eiam;

#[cfg(feature = "emr")]
#[doc(inline)]
pub use tc3_emr as emr;

#[cfg(feature = "es")]
#[doc(inline)]
pub use tc3_es as es;

#[cfg(feature = "ess")]
#[doc(inline)]
pub use tc3_ess as ess;

#[cfg(feature = "facefusion")]
#[doc(inline)]
pub use tc3_facefusion as facefusion;

#[cfg(feature = "faceid")]
#[doc(inline)]
pub use tc3_faceid as faceid;

#[cfg(feature = "ga2")]
#[doc(inline)]
pub use tc3_ga2 as ga2;

#[cfg(feature = "gaap")]
#[doc(inline)]
pub use tc3_gaap as gaap;

#[cfg(feature = "gme")]
#[doc(inline)]
pub use tc3_gme as gme;

#[cfg(feature = "gpm")]
#[doc(inline)]
pub use tc3_gpm as gpm;

#[cfg(feature = "gse")]
#[doc(inline)]
pub use tc3_gse as gse;

#[cfg(feature = "gwlb")]
#[doc(inline)]
pub use tc3_gwlb as gwlb;

#[cfg(feature = "hunyuan")]
#[doc(inline)]
pub use tc3_hunyuan as hunyuan;

#[cfg(feature = "iai")]
#[doc(inline)]
pub use tc3_iai as iai;

#[cfg(feature = "iap")]
#[doc(inline)]
pub use tc3_iap as iap;

#[cfg(feature = "ims")]
#[doc(inline)]
pub use tc3_ims as ims;

#[cfg(feature = "iotcloud")]
#[doc(inline)]
pub use tc3_iotcloud as iotcloud;

#[cfg(feature = "iotexplorer")]
#[doc(inline)]
pub use tc3_iotexplorer as iotexplorer;

#[cfg(feature = "ip")]
#[doc(inline)]
pub use tc3_ip as ip;

#[cfg(feature = "iss")]
#[doc(inline)]
pub use tc3_iss as iss;

#[cfg(feature = "kms")]
#[doc(inline)]
pub use tc3_kms as kms;

#[cfg(feature = "lcic")]
#[doc(inline)]
pub use tc3_lcic as lcic;

#[cfg(feature = "lighthouse")]
#[doc(inline)]
pub use tc3_lighthouse as lighthouse;

#[cfg(feature = "live")]
#[doc(inline)]
pub use tc3_live as live;

#[cfg(feature = "lke")]
#[doc(inline)]
pub use tc3_lke as lke;

#[cfg(feature = "lkeap")]
#[doc(inline)]
pub use tc3_lkeap as lkeap;

#[cfg(feature = "mariadb")]
#[doc(inline)]
pub use tc3_mariadb as mariadb;

#[cfg(feature = "mdc")]
#[doc(inline)]
pub use tc3_mdc as mdc;

#[cfg(feature = "mdl")]
#[doc(inline)]
pub use tc3_mdl as mdl;

#[cfg(feature = "mdp")]
#[doc(inline)]
pub use tc3_mdp as mdp;

#[cfg(feature = "message")]
#[doc(inline)]
pub use tc3_message as message;

#[cfg(feature = "mna")]
#[doc(inline)]
pub use tc3_mna as mna;

#[cfg(feature = "mongodb")]
#[doc(inline)]
pub use tc3_mongodb as mongodb;

#[cfg(feature = "monitor")]
#[doc(inline)]
pub use tc3_monitor as monitor;

#[cfg(feature = "mps")]
#[doc(inline)]
pub use tc3_mps as mps;

#[cfg(feature = "mqtt")]
#[doc(inline)]
pub use tc3_mqtt as mqtt;

#[cfg(feature = "msp")]
#[doc(inline)]
pub use tc3_msp as msp;

#[cfg(feature = "ocr")]
#[doc(inline)]
pub use tc3_ocr as ocr;

#[cfg(feature = "omics")]
#[doc(inline)]
pub use tc3_omics as omics;

#[cfg(feature = "organization")]
#[doc(inline)]
pub use tc3_organization as organization;

#[cfg(feature = "postgres")]
#[doc(inline)]
pub use tc3_postgres as postgres;

#[cfg(feature = "privatedns")]
#[doc(inline)]
pub use tc3_privatedns as privatedns;

#[cfg(feature = "pts")]
#[doc(inline)]
pub use tc3_pts as pts;

#[cfg(feature = "quota")]
#[doc(inline)]
pub use tc3_quota as quota;

#[cfg(feature = "rce")]
#[doc(inline)]
pub use tc3_rce as rce;

#[cfg(feature = "redis")]
#[doc(inline)]
pub use tc3_redis as redis;

#[cfg(feature = "region")]
#[doc(inline)]
pub use tc3_region as region;

#[cfg(feature = "rum")]
#[doc(inline)]
pub use tc3_rum as rum;

#[cfg(feature = "scf")]
#[doc(inline)]
pub use tc3_scf as scf;

#[cfg(feature = "ses")]
#[doc(inline)]
pub use tc3_ses as ses;

#[cfg(feature = "smh")]
#[doc(inline)]
pub use tc3_smh as smh;

#[cfg(feature = "sms")]
#[doc(inline)]
pub use tc3_sms as sms;

#[cfg(feature = "sqlserver")]
#[doc(inline)]
pub use tc3_sqlserver as sqlserver;

#[cfg(feature = "ssl")]
#[doc(inline)]
pub use tc3_ssl as ssl;

#[cfg(feature = "ssm")]
#[doc(inline)]
pub use tc3_ssm as ssm;

#[cfg(feature = "sts")]
#[doc(inline)]
pub use tc3_sts as sts;

#[cfg(feature = "tag")]
#[doc(inline)]
pub use tc3_tag as tag;

#[cfg(feature = "tat")]
#[doc(inline)]
pub use tc3_tat as tat;

#[cfg(feature = "tbaas")]
#[doc(inline)]
pub use tc3_tbaas as tbaas;

#[cfg(feature = "tcaplusdb")]
#[doc(inline)]
pub use tc3_tcaplusdb as tcaplusdb;

#[cfg(feature = "tcb")]
#[doc(inline)]
pub use tc3_tcb as tcb;

#[cfg(feature = "tchd")]
#[doc(inline)]
pub use tc3_tchd as tchd;

#[cfg(feature = "tcmpp")]
#[doc(inline)]
pub use tc3_tcmpp as tcmpp;

#[cfg(feature = "tcr")]
#[doc(inline)]
pub use tc3_tcr as tcr;

#[cfg(feature = "tcsas")]
#[doc(inline)]
pub use tc3_tcsas as tcsas;

#[cfg(feature = "tcss")]
#[doc(inline)]
pub use tc3_tcss as tcss;

#[cfg(feature = "tdid")]
#[doc(inline)]
pub use tc3_tdid as tdid;

#[cfg(feature = "tdmq")]
#[doc(inline)]
pub use tc3_tdmq as tdmq;

#[cfg(feature = "tdmysql")]
#[doc(inline)]
pub use tc3_tdmysql as tdmysql;

#[cfg(feature = "tem")]
#[doc(inline)]
pub use tc3_tem as tem;

#[cfg(feature = "teo")]
#[doc(inline)]
pub use tc3_teo as teo;

#[cfg(feature = "tione")]
#[doc(inline)]
pub use tc3_tione as tione;

#[cfg(feature = "tiw")]
#[doc(inline)]
pub use tc3_tiw as tiw;

#[cfg(feature = "tke")]
#[doc(inline)]
pub use tc3_tke as tke;

#[cfg(feature = "tms")]
#[doc(inline)]
pub use tc3_tms as tms;

#[cfg(feature = "tmt")]
#[doc(inline)]
pub use tc3_tmt as tmt;

#[cfg(feature = "tokenhub")]
#[doc(inline)]
pub use tc3_tokenhub as tokenhub;

#[cfg(feature = "trabbit")]
#[doc(inline)]
pub use tc3_trabbit as trabbit;

#[cfg(feature = "trocket")]
#[doc(inline)]
pub use tc3_trocket as trocket;

#[cfg(feature = "trro")]
#[doc(inline)]
pub use tc3_trro as trro;

#[cfg(feature = "trtc")]
#[doc(inline)]
pub use tc3_trtc as trtc;

#[cfg(feature = "tse")]
#[doc(inline)]
pub use tc3_tse as tse;

#[cfg(feature = "tsf")]
#[doc(inline)]
pub use tc3_tsf as tsf;

#[cfg(feature = "tts")]
#[doc(inline)]
pub use tc3_tts as tts;

#[cfg(feature = "vclm")]
#[doc(inline)]
pub use tc3_vclm as vclm;

#[cfg(feature = "vm")]
#[doc(inline)]
pub use tc3_vm as vm;

#[cfg(feature = "vod")]
#[doc(inline)]
pub use tc3_vod as vod;

#[cfg(feature = "vpc")]
#[doc(inline)]
pub use tc3_vpc as vpc;

#[cfg(feature = "waf")]
#[doc(inline)]
pub use tc3_waf as waf;

#[cfg(feature = "wedata")]
#[doc(inline)]
pub use tc3_wedata as wedata;

#[cfg(feature = "yunjing")]
#[doc(inline)]
pub use tc3_yunjing as yunjing;
