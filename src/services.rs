// The services of the catalogue, each behind the cargo feature named as it (included by
// lib.rs). Written by tools/gen_catalogue.py.

#[cfg(feature = "aai")]
#[doc(inline)]
pub use tc3_aai as aai;

#[cfg(feature = "aca")]
#[doc(inline)]
pub use tc3_aca as aca;

#[cfg(feature = "acp")]
#[doc(inline)]
pub use tc3_acp as acp;

#[cfg(feature = "adp")]
#[doc(inline)]
pub use tc3_adp as adp;

#[cfg(feature = "advisor")]
#[doc(inline)]
pub use tc3_advisor as advisor;

#[cfg(feature = "af")]
#[doc(inline)]
pub use tc3_af as af;

#[cfg(feature = "afc")]
#[doc(inline)]
pub use tc3_afc as afc;

#[cfg(feature = "ags")]
#[doc(inline)]
pub use tc3_ags as ags;

#[cfg(feature = "ai3d")]
#[doc(inline)]
pub use tc3_ai3d as ai3d;

#[cfg(feature = "aiart")]
#[doc(inline)]
pub use tc3_aiart as aiart;

#[cfg(feature = "alb")]
#[doc(inline)]
pub use tc3_alb as alb;

#[cfg(feature = "ame")]
#[doc(inline)]
pub use tc3_ame as ame;

#[cfg(feature = "ams")]
#[doc(inline)]
pub use tc3_ams as ams;

#[cfg(feature = "anicloud")]
#[doc(inline)]
pub use tc3_anicloud as anicloud;

#[cfg(feature = "antiddos")]
#[doc(inline)]
pub use tc3_antiddos as antiddos;

#[cfg(feature = "ape")]
#[doc(inline)]
pub use tc3_ape as ape;

#[cfg(feature = "api")]
#[doc(inline)]
pub use tc3_api as api;

#[cfg(feature = "apigateway")]
#[doc(inline)]
pub use tc3_apigateway as apigateway;

#[cfg(feature = "apis")]
#[doc(inline)]
pub use tc3_apis as apis;

#[cfg(feature = "apm")]
#[doc(inline)]
pub use tc3_apm as apm;

#[cfg(feature = "as")]
#[doc(inline)]
pub use tc3_as as r#as;

#[cfg(feature = "asr")]
#[doc(inline)]
pub use tc3_asr as asr;

#[cfg(feature = "asw")]
#[doc(inline)]
pub use tc3_asw as asw;

#[cfg(feature = "ba")]
#[doc(inline)]
pub use tc3_ba as ba;

#[cfg(feature = "batch")]
#[doc(inline)]
pub use tc3_batch as batch;

#[cfg(feature = "bda")]
#[doc(inline)]
pub use tc3_bda as bda;

#[cfg(feature = "bdrc")]
#[doc(inline)]
pub use tc3_bdrc as bdrc;

#[cfg(feature = "bh")]
#[doc(inline)]
pub use tc3_bh as bh;

#[cfg(feature = "bi")]
#[doc(inline)]
pub use tc3_bi as bi;

#[cfg(feature = "billing")]
#[doc(inline)]
pub use tc3_billing as billing;

#[cfg(feature = "bizlive")]
#[doc(inline)]
pub use tc3_bizlive as bizlive;

#[cfg(feature = "bm")]
#[doc(inline)]
pub use tc3_bm as bm;

#[cfg(feature = "bma")]
#[doc(inline)]
pub use tc3_bma as bma;

#[cfg(feature = "bmeip")]
#[doc(inline)]
pub use tc3_bmeip as bmeip;

#[cfg(feature = "bmlb")]
#[doc(inline)]
pub use tc3_bmlb as bmlb;

#[cfg(feature = "bmvpc")]
#[doc(inline)]
pub use tc3_bmvpc as bmvpc;

#[cfg(feature = "bpaas")]
#[doc(inline)]
pub use tc3_bpaas as bpaas;

#[cfg(feature = "bri")]
#[doc(inline)]
pub use tc3_bri as bri;

#[cfg(feature = "bsca")]
#[doc(inline)]
pub use tc3_bsca as bsca;

#[cfg(feature = "btoe")]
#[doc(inline)]
pub use tc3_btoe as btoe;

#[cfg(feature = "ca")]
#[doc(inline)]
pub use tc3_ca as ca;

#[cfg(feature = "cam")]
#[doc(inline)]
pub use tc3_cam as cam;

#[cfg(feature = "captcha")]
#[doc(inline)]
pub use tc3_captcha as captcha;

#[cfg(feature = "car")]
#[doc(inline)]
pub use tc3_car as car;

#[cfg(feature = "cat")]
#[doc(inline)]
pub use tc3_cat as cat;

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

#[cfg(feature = "cds")]
#[doc(inline)]
pub use tc3_cds as cds;

#[cfg(feature = "cdwch")]
#[doc(inline)]
pub use tc3_cdwch as cdwch;

#[cfg(feature = "cdwdoris")]
#[doc(inline)]
pub use tc3_cdwdoris as cdwdoris;

#[cfg(feature = "cdwpg")]
#[doc(inline)]
pub use tc3_cdwpg as cdwpg;

#[cfg(feature = "cdz")]
#[doc(inline)]
pub use tc3_cdz as cdz;

#[cfg(feature = "cetcd")]
#[doc(inline)]
pub use tc3_cetcd as cetcd;

#[cfg(feature = "cfg")]
#[doc(inline)]
pub use tc3_cfg as cfg;

#[cfg(feature = "cfs")]
#[doc(inline)]
pub use tc3_cfs as cfs;

#[cfg(feature = "cfw")]
#[doc(inline)]
pub use tc3_cfw as cfw;

#[cfg(feature = "chc")]
#[doc(inline)]
pub use tc3_chc as chc;

#[cfg(feature = "chdfs")]
#[doc(inline)]
pub use tc3_chdfs as chdfs;

#[cfg(feature = "ciam")]
#[doc(inline)]
pub use tc3_ciam as ciam;

#[cfg(feature = "cii")]
#[doc(inline)]
pub use tc3_cii as cii;

#[cfg(feature = "cim")]
#[doc(inline)]
pub use tc3_cim as cim;

#[cfg(feature = "ckafka")]
#[doc(inline)]
pub use tc3_ckafka as ckafka;

#[cfg(feature = "clb")]
#[doc(inline)]
pub use tc3_clb as clb;

#[cfg(feature = "cloudapp")]
#[doc(inline)]
pub use tc3_cloudapp as cloudapp;

#[cfg(feature = "cloudaudit")]
#[doc(inline)]
pub use tc3_cloudaudit as cloudaudit;

#[cfg(feature = "cloudhsm")]
#[doc(inline)]
pub use tc3_cloudhsm as cloudhsm;

#[cfg(feature = "cloudmate")]
#[doc(inline)]
pub use tc3_cloudmate as cloudmate;

#[cfg(feature = "cloudrc")]
#[doc(inline)]
pub use tc3_cloudrc as cloudrc;

#[cfg(feature = "cloudstudio")]
#[doc(inline)]
pub use tc3_cloudstudio as cloudstudio;

#[cfg(feature = "cls")]
#[doc(inline)]
pub use tc3_cls as cls;

#[cfg(feature = "cme")]
#[doc(inline)]
pub use tc3_cme as cme;

#[cfg(feature = "cmq")]
#[doc(inline)]
pub use tc3_cmq as cmq;

#[cfg(feature = "cms")]
#[doc(inline)]
pub use tc3_cms as cms;

#[cfg(feature = "cngw")]
#[doc(inline)]
pub use tc3_cngw as cngw;

#[cfg(feature = "config")]
#[doc(inline)]
pub use tc3_config as config;

#[cfg(feature = "controlcenter")]
#[doc(inline)]
pub use tc3_controlcenter as controlcenter;

#[cfg(feature = "cpdp")]
#[doc(inline)]
pub use tc3_cpdp as cpdp;

#[cfg(feature = "csip")]
#[doc(inline)]
pub use tc3_csip as csip;

#[cfg(feature = "csxg")]
#[doc(inline)]
pub use tc3_csxg as csxg;

#[cfg(feature = "ctem")]
#[doc(inline)]
pub use tc3_ctem as ctem;

#[cfg(feature = "ctsdb")]
#[doc(inline)]
pub use tc3_ctsdb as ctsdb;

#[cfg(feature = "cvm")]
#[doc(inline)]
pub use tc3_cvm as cvm;

#[cfg(feature = "cwp")]
#[doc(inline)]
pub use tc3_cwp as cwp;

#[cfg(feature = "cws")]
#[doc(inline)]
pub use tc3_cws as cws;

#[cfg(feature = "cynosdb")]
#[doc(inline)]
pub use tc3_cynosdb as cynosdb;

#[cfg(feature = "dasb")]
#[doc(inline)]
pub use tc3_dasb as dasb;

#[cfg(feature = "dataagent")]
#[doc(inline)]
pub use tc3_dataagent as dataagent;

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

#[cfg(feature = "dbdc")]
#[doc(inline)]
pub use tc3_dbdc as dbdc;

#[cfg(feature = "dbs")]
#[doc(inline)]
pub use tc3_dbs as dbs;

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

#[cfg(feature = "drm")]
#[doc(inline)]
pub use tc3_drm as drm;

#[cfg(feature = "ds")]
#[doc(inline)]
pub use tc3_ds as ds;

#[cfg(feature = "dsgc")]
#[doc(inline)]
pub use tc3_dsgc as dsgc;

#[cfg(feature = "dts")]
#[doc(inline)]
pub use tc3_dts as dts;

#[cfg(feature = "eb")]
#[doc(inline)]
pub use tc3_eb as eb;

#[cfg(feature = "ecc")]
#[doc(inline)]
pub use tc3_ecc as ecc;

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

#[cfg(feature = "eis")]
#[doc(inline)]
pub use tc3_eis as eis;

#[cfg(feature = "emr")]
#[doc(inline)]
pub use tc3_emr as emr;

#[cfg(feature = "es")]
#[doc(inline)]
pub use tc3_es as es;

#[cfg(feature = "ess")]
#[doc(inline)]
pub use tc3_ess as ess;

#[cfg(feature = "essbasic")]
#[doc(inline)]
pub use tc3_essbasic as essbasic;

#[cfg(feature = "evt")]
#[doc(inline)]
pub use tc3_evt as evt;

#[cfg(feature = "facefusion")]
#[doc(inline)]
pub use tc3_facefusion as facefusion;

#[cfg(feature = "faceid")]
#[doc(inline)]
pub use tc3_faceid as faceid;

#[cfg(feature = "fmu")]
#[doc(inline)]
pub use tc3_fmu as fmu;

#[cfg(feature = "ft")]
#[doc(inline)]
pub use tc3_ft as ft;

#[cfg(feature = "fwm")]
#[doc(inline)]
pub use tc3_fwm as fwm;

#[cfg(feature = "ga2")]
#[doc(inline)]
pub use tc3_ga2 as ga2;

#[cfg(feature = "gaap")]
#[doc(inline)]
pub use tc3_gaap as gaap;

#[cfg(feature = "gme")]
#[doc(inline)]
pub use tc3_gme as gme;

#[cfg(feature = "goosefs")]
#[doc(inline)]
pub use tc3_goosefs as goosefs;

#[cfg(feature = "gpm")]
#[doc(inline)]
pub use tc3_gpm as gpm;

#[cfg(feature = "gs")]
#[doc(inline)]
pub use tc3_gs as gs;

#[cfg(feature = "gse")]
#[doc(inline)]
pub use tc3_gse as gse;

#[cfg(feature = "gwlb")]
#[doc(inline)]
pub use tc3_gwlb as gwlb;

#[cfg(feature = "habo")]
#[doc(inline)]
pub use tc3_habo as habo;

#[cfg(feature = "hai")]
#[doc(inline)]
pub use tc3_hai as hai;

#[cfg(feature = "hasim")]
#[doc(inline)]
pub use tc3_hasim as hasim;

#[cfg(feature = "hcm")]
#[doc(inline)]
pub use tc3_hcm as hcm;

#[cfg(feature = "hunyuan")]
#[doc(inline)]
pub use tc3_hunyuan as hunyuan;

#[cfg(feature = "iai")]
#[doc(inline)]
pub use tc3_iai as iai;

#[cfg(feature = "iap")]
#[doc(inline)]
pub use tc3_iap as iap;

#[cfg(feature = "ic")]
#[doc(inline)]
pub use tc3_ic as ic;

#[cfg(feature = "icr")]
#[doc(inline)]
pub use tc3_icr as icr;

#[cfg(feature = "ie")]
#[doc(inline)]
pub use tc3_ie as ie;

#[cfg(feature = "ig")]
#[doc(inline)]
pub use tc3_ig as ig;

#[cfg(feature = "igtm")]
#[doc(inline)]
pub use tc3_igtm as igtm;

#[cfg(feature = "ims")]
#[doc(inline)]
pub use tc3_ims as ims;

#[cfg(feature = "ioa")]
#[doc(inline)]
pub use tc3_ioa as ioa;

#[cfg(feature = "iot")]
#[doc(inline)]
pub use tc3_iot as iot;

#[cfg(feature = "iotcloud")]
#[doc(inline)]
pub use tc3_iotcloud as iotcloud;

#[cfg(feature = "iotexplorer")]
#[doc(inline)]
pub use tc3_iotexplorer as iotexplorer;

#[cfg(feature = "iotvideo")]
#[doc(inline)]
pub use tc3_iotvideo as iotvideo;

#[cfg(feature = "iotvideoindustry")]
#[doc(inline)]
pub use tc3_iotvideoindustry as iotvideoindustry;

#[cfg(feature = "ip")]
#[doc(inline)]
pub use tc3_ip as ip;

#[cfg(feature = "irp")]
#[doc(inline)]
pub use tc3_irp as irp;

#[cfg(feature = "iss")]
#[doc(inline)]
pub use tc3_iss as iss;

#[cfg(feature = "ivld")]
#[doc(inline)]
pub use tc3_ivld as ivld;

#[cfg(feature = "keewidb")]
#[doc(inline)]
pub use tc3_keewidb as keewidb;

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

#[cfg(feature = "lowcode")]
#[doc(inline)]
pub use tc3_lowcode as lowcode;

#[cfg(feature = "mall")]
#[doc(inline)]
pub use tc3_mall as mall;

#[cfg(feature = "mariadb")]
#[doc(inline)]
pub use tc3_mariadb as mariadb;

#[cfg(feature = "market")]
#[doc(inline)]
pub use tc3_market as market;

#[cfg(feature = "mdc")]
#[doc(inline)]
pub use tc3_mdc as mdc;

#[cfg(feature = "mdl")]
#[doc(inline)]
pub use tc3_mdl as mdl;

#[cfg(feature = "mdp")]
#[doc(inline)]
pub use tc3_mdp as mdp;

#[cfg(feature = "memcached")]
#[doc(inline)]
pub use tc3_memcached as memcached;

#[cfg(feature = "message")]
#[doc(inline)]
pub use tc3_message as message;

#[cfg(feature = "mmps")]
#[doc(inline)]
pub use tc3_mmps as mmps;

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

#[cfg(feature = "mrs")]
#[doc(inline)]
pub use tc3_mrs as mrs;

#[cfg(feature = "ms")]
#[doc(inline)]
pub use tc3_ms as ms;

#[cfg(feature = "msp")]
#[doc(inline)]
pub use tc3_msp as msp;

#[cfg(feature = "nlp")]
#[doc(inline)]
pub use tc3_nlp as nlp;

#[cfg(feature = "npp")]
#[doc(inline)]
pub use tc3_npp as npp;

#[cfg(feature = "oceanus")]
#[doc(inline)]
pub use tc3_oceanus as oceanus;

#[cfg(feature = "ocr")]
#[doc(inline)]
pub use tc3_ocr as ocr;

#[cfg(feature = "omics")]
#[doc(inline)]
pub use tc3_omics as omics;

#[cfg(feature = "organization")]
#[doc(inline)]
pub use tc3_organization as organization;

#[cfg(feature = "partners")]
#[doc(inline)]
pub use tc3_partners as partners;

#[cfg(feature = "portal")]
#[doc(inline)]
pub use tc3_portal as portal;

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

#[cfg(feature = "securitylake")]
#[doc(inline)]
pub use tc3_securitylake as securitylake;

#[cfg(feature = "ses")]
#[doc(inline)]
pub use tc3_ses as ses;

#[cfg(feature = "smh")]
#[doc(inline)]
pub use tc3_smh as smh;

#[cfg(feature = "smop")]
#[doc(inline)]
pub use tc3_smop as smop;

#[cfg(feature = "sms")]
#[doc(inline)]
pub use tc3_sms as sms;

#[cfg(feature = "soe")]
#[doc(inline)]
pub use tc3_soe as soe;

#[cfg(feature = "sqlserver")]
#[doc(inline)]
pub use tc3_sqlserver as sqlserver;

#[cfg(feature = "ssa")]
#[doc(inline)]
pub use tc3_ssa as ssa;

#[cfg(feature = "ssl")]
#[doc(inline)]
pub use tc3_ssl as ssl;

#[cfg(feature = "sslpod")]
#[doc(inline)]
pub use tc3_sslpod as sslpod;

#[cfg(feature = "ssm")]
#[doc(inline)]
pub use tc3_ssm as ssm;

#[cfg(feature = "sts")]
#[doc(inline)]
pub use tc3_sts as sts;

#[cfg(feature = "svp")]
#[doc(inline)]
pub use tc3_svp as svp;

#[cfg(feature = "taf")]
#[doc(inline)]
pub use tc3_taf as taf;

#[cfg(feature = "tag")]
#[doc(inline)]
pub use tc3_tag as tag;

#[cfg(feature = "tat")]
#[doc(inline)]
pub use tc3_tat as tat;

#[cfg(feature = "tbaas")]
#[doc(inline)]
pub use tc3_tbaas as tbaas;

#[cfg(feature = "tbp")]
#[doc(inline)]
pub use tc3_tbp as tbp;

#[cfg(feature = "tcaplusdb")]
#[doc(inline)]
pub use tc3_tcaplusdb as tcaplusdb;

#[cfg(feature = "tcb")]
#[doc(inline)]
pub use tc3_tcb as tcb;

#[cfg(feature = "tcbr")]
#[doc(inline)]
pub use tc3_tcbr as tcbr;

#[cfg(feature = "tccatalog")]
#[doc(inline)]
pub use tc3_tccatalog as tccatalog;

#[cfg(feature = "tchd")]
#[doc(inline)]
pub use tc3_tchd as tchd;

#[cfg(feature = "tcm")]
#[doc(inline)]
pub use tc3_tcm as tcm;

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

#[cfg(feature = "tdai")]
#[doc(inline)]
pub use tc3_tdai as tdai;

#[cfg(feature = "tdcpg")]
#[doc(inline)]
pub use tc3_tdcpg as tdcpg;

#[cfg(feature = "tdid")]
#[doc(inline)]
pub use tc3_tdid as tdid;

#[cfg(feature = "tdmq")]
#[doc(inline)]
pub use tc3_tdmq as tdmq;

#[cfg(feature = "tdmysql")]
#[doc(inline)]
pub use tc3_tdmysql as tdmysql;

#[cfg(feature = "tds")]
#[doc(inline)]
pub use tc3_tds as tds;

#[cfg(feature = "tem")]
#[doc(inline)]
pub use tc3_tem as tem;

#[cfg(feature = "teo")]
#[doc(inline)]
pub use tc3_teo as teo;

#[cfg(feature = "thpc")]
#[doc(inline)]
pub use tc3_thpc as thpc;

#[cfg(feature = "tia")]
#[doc(inline)]
pub use tc3_tia as tia;

#[cfg(feature = "tiia")]
#[doc(inline)]
pub use tc3_tiia as tiia;

#[cfg(feature = "tione")]
#[doc(inline)]
pub use tc3_tione as tione;

#[cfg(feature = "tiw")]
#[doc(inline)]
pub use tc3_tiw as tiw;

#[cfg(feature = "tke")]
#[doc(inline)]
pub use tc3_tke as tke;

#[cfg(feature = "tkgdq")]
#[doc(inline)]
pub use tc3_tkgdq as tkgdq;

#[cfg(feature = "tms")]
#[doc(inline)]
pub use tc3_tms as tms;

#[cfg(feature = "tmt")]
#[doc(inline)]
pub use tc3_tmt as tmt;

#[cfg(feature = "tokenhub")]
#[doc(inline)]
pub use tc3_tokenhub as tokenhub;

#[cfg(feature = "tourism")]
#[doc(inline)]
pub use tc3_tourism as tourism;

#[cfg(feature = "trabbit")]
#[doc(inline)]
pub use tc3_trabbit as trabbit;

#[cfg(feature = "trocket")]
#[doc(inline)]
pub use tc3_trocket as trocket;

#[cfg(feature = "trp")]
#[doc(inline)]
pub use tc3_trp as trp;

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

#[cfg(feature = "tsi")]
#[doc(inline)]
pub use tc3_tsi as tsi;

#[cfg(feature = "tsw")]
#[doc(inline)]
pub use tc3_tsw as tsw;

#[cfg(feature = "tts")]
#[doc(inline)]
pub use tc3_tts as tts;

#[cfg(feature = "vcg")]
#[doc(inline)]
pub use tc3_vcg as vcg;

#[cfg(feature = "vclm")]
#[doc(inline)]
pub use tc3_vclm as vclm;

#[cfg(feature = "vcube")]
#[doc(inline)]
pub use tc3_vcube as vcube;

#[cfg(feature = "vdb")]
#[doc(inline)]
pub use tc3_vdb as vdb;

#[cfg(feature = "vm")]
#[doc(inline)]
pub use tc3_vm as vm;

#[cfg(feature = "vms")]
#[doc(inline)]
pub use tc3_vms as vms;

#[cfg(feature = "vod")]
#[doc(inline)]
pub use tc3_vod as vod;

#[cfg(feature = "vpc")]
#[doc(inline)]
pub use tc3_vpc as vpc;

#[cfg(feature = "vrs")]
#[doc(inline)]
pub use tc3_vrs as vrs;

#[cfg(feature = "vtc")]
#[doc(inline)]
pub use tc3_vtc as vtc;

#[cfg(feature = "waf")]
#[doc(inline)]
pub use tc3_waf as waf;

#[cfg(feature = "wav")]
#[doc(inline)]
pub use tc3_wav as wav;

#[cfg(feature = "wedata")]
#[doc(inline)]
pub use tc3_wedata as wedata;

#[cfg(feature = "weilingwith")]
#[doc(inline)]
pub use tc3_weilingwith as weilingwith;

#[cfg(feature = "wimgs")]
#[doc(inline)]
pub use tc3_wimgs as wimgs;

#[cfg(feature = "workbuddyenterprise")]
#[doc(inline)]
pub use tc3_workbuddyenterprise as workbuddyenterprise;

#[cfg(feature = "wsa")]
#[doc(inline)]
pub use tc3_wsa as wsa;

#[cfg(feature = "wss")]
#[doc(inline)]
pub use tc3_wss as wss;

#[cfg(feature = "yinsuda")]
#[doc(inline)]
pub use tc3_yinsuda as yinsuda;

#[cfg(feature = "yunjing")]
#[doc(inline)]
pub use tc3_yunjing as yunjing;

#[cfg(feature = "yunsou")]
#[doc(inline)]
pub use tc3_yunsou as yunsou;
