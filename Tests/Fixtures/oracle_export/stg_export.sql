--------------------------------------------------------
--  File created - Thursday-March-14-2024   
--------------------------------------------------------

--------------------------------------------------------
--  DDL for Sequence LOAD_BATCHES_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "STG"."LOAD_BATCHES_SEQ"  MINVALUE 1 MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH 1 CACHE 20  NOORDER  NOCYCLE  NOKEEP  NOSCALE  GLOBAL ;
--------------------------------------------------------
--  DDL for Sequence LOAD_ERRORS_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "STG"."LOAD_ERRORS_SEQ"  MINVALUE 1 MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH 1 CACHE 100  NOORDER  NOCYCLE  NOKEEP  NOSCALE  GLOBAL ;
--------------------------------------------------------
--  DDL for Table LOAD_BATCHES
--------------------------------------------------------

  CREATE TABLE "STG"."LOAD_BATCHES" 
   (	"BATCH_ID" NUMBER(12,0), 
	"SOURCE_NAME" VARCHAR2(30 BYTE), 
	"FILE_NAME" VARCHAR2(260 BYTE), 
	"STARTED_AT" TIMESTAMP (6) DEFAULT SYSTIMESTAMP, 
	"FINISHED_AT" TIMESTAMP (6), 
	"STATUS" VARCHAR2(10 BYTE) DEFAULT 'RUNNING', 
	"ROW_COUNT" NUMBER(12,0)
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON COLUMN "STG"."LOAD_BATCHES"."BATCH_ID" IS 'Batch key from LOAD_BATCHES_SEQ';
   COMMENT ON COLUMN "STG"."LOAD_BATCHES"."SOURCE_NAME" IS 'Feed name: CRM, WEBSHOP, ERP, FX, GL';
   COMMENT ON TABLE "STG"."LOAD_BATCHES"  IS 'One row per staging load';
--------------------------------------------------------
--  DDL for Table LOAD_ERRORS
--------------------------------------------------------

  CREATE TABLE "STG"."LOAD_ERRORS" 
   (	"ERROR_ID" NUMBER(12,0), 
	"BATCH_ID" NUMBER(12,0), 
	"TABLE_NAME" VARCHAR2(128 BYTE), 
	"SOURCE_KEY" VARCHAR2(100 BYTE), 
	"ERROR_MESSAGE" CLOB, 
	"CREATED_AT" TIMESTAMP (6) DEFAULT SYSTIMESTAMP
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" 
 LOB ("ERROR_MESSAGE") STORE AS SECUREFILE (
  TABLESPACE "USERS" ENABLE STORAGE IN ROW CHUNK 8192
  NOCACHE LOGGING  NOCOMPRESS  KEEP_DUPLICATES 
  STORAGE(INITIAL 106496 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)) ;

   COMMENT ON TABLE "STG"."LOAD_ERRORS"  IS 'Rows rejected by the loaders';
--------------------------------------------------------
--  DDL for Table CUSTOMERS_RAW
--------------------------------------------------------

  CREATE TABLE "STG"."CUSTOMERS_RAW" 
   (	"BATCH_ID" NUMBER(12,0), 
	"SRC_CUSTOMER_CODE" VARCHAR2(40 BYTE), 
	"CUSTOMER_NAME" VARCHAR2(400 BYTE), 
	"CUSTOMER_TYPE" VARCHAR2(20 BYTE), 
	"EMAIL" VARCHAR2(400 BYTE), 
	"PHONE" VARCHAR2(60 BYTE), 
	"COUNTRY_CODE" VARCHAR2(10 BYTE), 
	"CITY" VARCHAR2(100 BYTE), 
	"CREDIT_LIMIT" VARCHAR2(40 BYTE), 
	"LOAD_TS" TIMESTAMP (6) DEFAULT SYSTIMESTAMP
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON COLUMN "STG"."CUSTOMERS_RAW"."SRC_CUSTOMER_CODE" IS 'Customer number in the CRM';
   COMMENT ON COLUMN "STG"."CUSTOMERS_RAW"."CREDIT_LIMIT" IS 'As delivered, not validated';
   COMMENT ON TABLE "STG"."CUSTOMERS_RAW"  IS 'Customer feed from CRM, one row per customer per batch';
--------------------------------------------------------
--  DDL for Table ORDERS_RAW
--------------------------------------------------------

  CREATE TABLE "STG"."ORDERS_RAW" 
   (	"BATCH_ID" NUMBER(12,0), 
	"SRC_ORDER_NO" VARCHAR2(40 BYTE), 
	"SRC_CUSTOMER_CODE" VARCHAR2(40 BYTE), 
	"ORDER_DATE_TXT" VARCHAR2(30 BYTE), 
	"STATUS" VARCHAR2(20 BYTE), 
	"CURRENCY_CODE" VARCHAR2(3 BYTE), 
	"ORDER_TOTAL" VARCHAR2(40 BYTE), 
	"SALES_REP_ID" VARCHAR2(10 BYTE), 
	"LOAD_TS" TIMESTAMP (6) DEFAULT SYSTIMESTAMP
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON COLUMN "STG"."ORDERS_RAW"."ORDER_DATE_TXT" IS 'YYYY-MM-DD';
   COMMENT ON TABLE "STG"."ORDERS_RAW"  IS 'Order headers from the web shop export';
--------------------------------------------------------
--  DDL for Table ORDER_ITEMS_RAW
--------------------------------------------------------

  CREATE TABLE "STG"."ORDER_ITEMS_RAW" 
   (	"BATCH_ID" NUMBER(12,0), 
	"SRC_ORDER_NO" VARCHAR2(40 BYTE), 
	"LINE_NO" VARCHAR2(10 BYTE), 
	"SKU" VARCHAR2(40 BYTE), 
	"QUANTITY" VARCHAR2(20 BYTE), 
	"UNIT_PRICE" VARCHAR2(20 BYTE), 
	"DISCOUNT_PCT" VARCHAR2(10 BYTE), 
	"LOAD_TS" TIMESTAMP (6) DEFAULT SYSTIMESTAMP
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON TABLE "STG"."ORDER_ITEMS_RAW"  IS 'Order lines from the web shop export';
--------------------------------------------------------
--  DDL for Table PRODUCTS_RAW
--------------------------------------------------------

  CREATE TABLE "STG"."PRODUCTS_RAW" 
   (	"BATCH_ID" NUMBER(12,0), 
	"SKU" VARCHAR2(40 BYTE), 
	"PRODUCT_NAME" VARCHAR2(400 BYTE), 
	"CATEGORY_NAME" VARCHAR2(200 BYTE), 
	"LIST_PRICE" VARCHAR2(20 BYTE), 
	"UNIT_COST" VARCHAR2(20 BYTE), 
	"IS_ACTIVE" VARCHAR2(5 BYTE), 
	"LOAD_TS" TIMESTAMP (6) DEFAULT SYSTIMESTAMP
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON TABLE "STG"."PRODUCTS_RAW"  IS 'Product catalogue feed from the ERP';
--------------------------------------------------------
--  DDL for Table FX_RATES_RAW
--------------------------------------------------------

  CREATE TABLE "STG"."FX_RATES_RAW" 
   (	"BATCH_ID" NUMBER(12,0), 
	"RATE_DATE_TXT" VARCHAR2(10 BYTE), 
	"FROM_CCY" VARCHAR2(3 BYTE), 
	"TO_CCY" VARCHAR2(3 BYTE), 
	"RATE" VARCHAR2(30 BYTE), 
	"PROVIDER" VARCHAR2(30 BYTE), 
	"LOAD_TS" TIMESTAMP (6) DEFAULT SYSTIMESTAMP
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON TABLE "STG"."FX_RATES_RAW"  IS 'Daily exchange rates from the treasury provider';
--------------------------------------------------------
--  DDL for Table GL_JOURNAL_RAW
--------------------------------------------------------

  CREATE TABLE "STG"."GL_JOURNAL_RAW" 
   (	"BATCH_ID" NUMBER(12,0), 
	"SRC_JOURNAL_NO" VARCHAR2(30 BYTE), 
	"JOURNAL_DATE_TXT" VARCHAR2(10 BYTE), 
	"LINE_NO" VARCHAR2(10 BYTE), 
	"ACCOUNT_CODE" VARCHAR2(20 BYTE), 
	"COST_CENTER_CODE" VARCHAR2(20 BYTE), 
	"DEBIT" VARCHAR2(30 BYTE), 
	"CREDIT" VARCHAR2(30 BYTE), 
	"DESCRIPTION" VARCHAR2(400 BYTE), 
	"LOAD_TS" TIMESTAMP (6) DEFAULT SYSTIMESTAMP
   ) SEGMENT CREATION DEFERRED 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  TABLESPACE "USERS" ;

   COMMENT ON TABLE "STG"."GL_JOURNAL_RAW"  IS 'Manual journal uploads (spreadsheet) for the general ledger';
--------------------------------------------------------
--  DDL for View V_BATCH_STATUS
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "STG"."V_BATCH_STATUS" ("BATCH_ID", "SOURCE_NAME", "STATUS", "STARTED_AT", "FINISHED_AT", "ROW_COUNT", "ERROR_COUNT", "DURATION_SEC") AS 
  select b.batch_id, b.source_name, b.status, b.started_at, b.finished_at, b.row_count,
       (select count(*) from load_errors e where e.batch_id = b.batch_id),
       round((cast(b.finished_at as date) - cast(b.started_at as date)) * 86400)
  from load_batches b;
--------------------------------------------------------
--  DDL for View V_ORDERS_CLEAN
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "STG"."V_ORDERS_CLEAN" ("BATCH_ID", "ORDER_NO", "CUSTOMER_CODE", "SALES_REP_ID", "ORDER_DATE", "STATUS", "CURRENCY_CODE", "ORDER_TOTAL") AS 
  select batch_id,
       trim(src_order_no),
       trim(src_customer_code),
       to_number(sales_rep_id),
       to_date(order_date_txt, 'YYYY-MM-DD'),
       upper(nvl(status, 'NEW')),
       upper(nvl(currency_code, 'USD')),
       to_number(order_total)
  from orders_raw
 where src_order_no is not null
   and regexp_like(order_date_txt, '^[0-9]{4}-[0-9]{2}-[0-9]{2}$');
--------------------------------------------------------
--  DDL for View V_CUSTOMERS_DEDUP
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "STG"."V_CUSTOMERS_DEDUP" ("BATCH_ID", "CUSTOMER_CODE", "CUSTOMER_NAME", "CUSTOMER_TYPE", "EMAIL", "COUNTRY_CODE", "CITY") AS 
  select batch_id, src_customer_code, customer_name, upper(customer_type), lower(email),
       upper(country_code), city
  from (select r.*,
               row_number() over (partition by r.src_customer_code order by r.load_ts desc, r.batch_id desc) as rn
          from customers_raw r)
 where rn = 1;
REM INSERTING into STG.LOAD_BATCHES
SET DEFINE OFF;
Insert into STG.LOAD_BATCHES (BATCH_ID,SOURCE_NAME,FILE_NAME,STARTED_AT,FINISHED_AT,STATUS,ROW_COUNT) values ('1','CRM',null,to_timestamp('01-MAR-24 02.00.01.000000000 AM','DD-MON-RR HH.MI.SSXFF AM'),to_timestamp('01-MAR-24 02.03.12.000000000 AM','DD-MON-RR HH.MI.SSXFF AM'),'DONE','1250');
Insert into STG.LOAD_BATCHES (BATCH_ID,SOURCE_NAME,FILE_NAME,STARTED_AT,FINISHED_AT,STATUS,ROW_COUNT) values ('2','WEBSHOP','orders_20240301.csv',to_timestamp('01-MAR-24 02.10.00.000000000 AM','DD-MON-RR HH.MI.SSXFF AM'),to_timestamp('01-MAR-24 02.14.41.000000000 AM','DD-MON-RR HH.MI.SSXFF AM'),'DONE','8734');
--------------------------------------------------------
--  DDL for Index LOAD_ERRORS_BATCH_IX
--------------------------------------------------------

  CREATE INDEX "STG"."LOAD_ERRORS_BATCH_IX" ON "STG"."LOAD_ERRORS" ("BATCH_ID") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;
--------------------------------------------------------
--  DDL for Index CUSTOMERS_RAW_IX
--------------------------------------------------------

  CREATE INDEX "STG"."CUSTOMERS_RAW_IX" ON "STG"."CUSTOMERS_RAW" ("BATCH_ID", "SRC_CUSTOMER_CODE") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;
--------------------------------------------------------
--  DDL for Index ORDERS_RAW_IX
--------------------------------------------------------

  CREATE INDEX "STG"."ORDERS_RAW_IX" ON "STG"."ORDERS_RAW" ("BATCH_ID", "SRC_ORDER_NO") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;
--------------------------------------------------------
--  DDL for Index ORDER_ITEMS_RAW_IX
--------------------------------------------------------

  CREATE INDEX "STG"."ORDER_ITEMS_RAW_IX" ON "STG"."ORDER_ITEMS_RAW" ("BATCH_ID", "SRC_ORDER_NO") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;
--------------------------------------------------------
--  DDL for Trigger TRG_LOAD_BATCHES_BI
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE TRIGGER "STG"."TRG_LOAD_BATCHES_BI" 
before insert on load_batches
for each row
begin
  if :new.batch_id is null then
    :new.batch_id := load_batches_seq.nextval;
  end if;
end;
/
ALTER TRIGGER "STG"."TRG_LOAD_BATCHES_BI" ENABLE;
--------------------------------------------------------
--  DDL for Trigger TRG_LOAD_ERRORS_FAIL_BATCH
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE TRIGGER "STG"."TRG_LOAD_ERRORS_FAIL_BATCH" 
after insert on load_errors
for each row
when (new.table_name = 'BATCH')
begin
  update load_batches
     set status = 'FAILED',
         finished_at = systimestamp
   where batch_id = :new.batch_id;
end;
/
ALTER TRIGGER "STG"."TRG_LOAD_ERRORS_FAIL_BATCH" ENABLE;
--------------------------------------------------------
--  DDL for Procedure EXTRACT_CRM_CUSTOMERS
--------------------------------------------------------

set define off;

  CREATE OR REPLACE EDITIONABLE PROCEDURE "STG"."EXTRACT_CRM_CUSTOMERS" (p_batch_id in number)
as
  l_since date;
begin
  select nvl(max(cast(b.started_at as date)), date '2000-01-01')
    into l_since
    from load_batches b
   where b.source_name = 'CRM'
     and b.status = 'DONE';

  insert into customers_raw (batch_id, src_customer_code, customer_name, customer_type, email, phone,
                             country_code, city, credit_limit)
  select p_batch_id, a.account_number, a.account_name, a.segment, a.primary_email, a.phone,
         a.country_iso2, a.billing_city, to_char(a.credit_limit)
    from crm_accounts@crm_link a
   where a.modified_date >= l_since;
end extract_crm_customers;

/
--------------------------------------------------------
--  DDL for Procedure PURGE_OLD_BATCHES
--------------------------------------------------------

set define off;

  CREATE OR REPLACE EDITIONABLE PROCEDURE "STG"."PURGE_OLD_BATCHES" (p_keep_days in pls_integer default 30)
as
  cursor c_old is
    select batch_id
      from load_batches
     where started_at < systimestamp - numtodsinterval(p_keep_days, 'DAY')
       and status <> 'RUNNING';
begin
  for r in c_old loop
    delete from order_items_raw where batch_id = r.batch_id;
    delete from orders_raw where batch_id = r.batch_id;
    delete from load_errors where batch_id = r.batch_id;
  end loop;
  execute immediate 'delete from stg.customers_raw where load_ts < systimestamp - numtodsinterval(:d, ''DAY'')'
    using p_keep_days;
  commit;
end purge_old_batches;

/
--------------------------------------------------------
--  DDL for Package PKG_STG_UTIL
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE PACKAGE "STG"."PKG_STG_UTIL" as
  -- Batch bookkeeping for the staging area.
  function start_batch (p_source_name in varchar2, p_file_name in varchar2 default null) return number;
  procedure end_batch (p_batch_id in number, p_status in varchar2 default 'DONE');
  procedure log_error (p_batch_id in number, p_table_name in varchar2, p_source_key in varchar2, p_message in varchar2);
  procedure validate_orders (p_batch_id in number);
  procedure purge_batch (p_batch_id in number);
end pkg_stg_util;

/
--------------------------------------------------------
--  DDL for Package Body PKG_STG_UTIL
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "STG"."PKG_STG_UTIL" as
  g_date_pattern constant varchar2(40) := '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

  function start_batch (p_source_name in varchar2, p_file_name in varchar2 default null) return number is
    l_batch_id load_batches.batch_id%type;
  begin
    insert into load_batches (batch_id, source_name, file_name, started_at, status)
    values (load_batches_seq.nextval, upper(p_source_name), p_file_name, systimestamp, 'RUNNING')
    returning batch_id into l_batch_id;
    commit;
    return l_batch_id;
  end start_batch;

  procedure end_batch (p_batch_id in number, p_status in varchar2 default 'DONE') is
  begin
    update load_batches b
       set b.status = p_status,
           b.finished_at = systimestamp,
           b.row_count = (select count(*) from orders_raw o where o.batch_id = b.batch_id)
                       + (select count(*) from customers_raw c where c.batch_id = b.batch_id)
                       + (select count(*) from products_raw p where p.batch_id = b.batch_id)
     where b.batch_id = p_batch_id;
    commit;
  end end_batch;

  procedure log_error (p_batch_id in number, p_table_name in varchar2, p_source_key in varchar2, p_message in varchar2) is
    pragma autonomous_transaction;
  begin
    insert into load_errors (error_id, batch_id, table_name, source_key, error_message)
    values (load_errors_seq.nextval, p_batch_id, p_table_name, p_source_key, p_message);
    commit;
  end log_error;

  procedure validate_orders (p_batch_id in number) is
  begin
    insert into load_errors (error_id, batch_id, table_name, source_key, error_message)
    select load_errors_seq.nextval, r.batch_id, 'ORDERS_RAW', r.src_order_no,
           'Invalid order date: ' || r.order_date_txt
      from orders_raw r
     where r.batch_id = p_batch_id
       and not regexp_like(r.order_date_txt, g_date_pattern);
    delete from orders_raw
     where batch_id = p_batch_id
       and not regexp_like(order_date_txt, g_date_pattern);
  end validate_orders;

  procedure purge_batch (p_batch_id in number) is
  begin
    delete from order_items_raw where batch_id = p_batch_id;
    delete from orders_raw where batch_id = p_batch_id;
    delete from customers_raw where batch_id = p_batch_id;
    delete from products_raw where batch_id = p_batch_id;
    delete from fx_rates_raw where batch_id = p_batch_id;
    delete from gl_journal_raw where batch_id = p_batch_id;
    delete from load_errors where batch_id = p_batch_id;
    delete from load_batches where batch_id = p_batch_id;
  end purge_batch;
end pkg_stg_util;

/
--------------------------------------------------------
--  DDL for DB Link CRM_LINK
--------------------------------------------------------

  CREATE DATABASE LINK "CRM_LINK"
   CONNECT TO "CRM_READER" IDENTIFIED BY VALUES ':1'
   USING 'CRMPROD';
--------------------------------------------------------
--  Constraints for Table LOAD_BATCHES
--------------------------------------------------------

  ALTER TABLE "STG"."LOAD_BATCHES" MODIFY ("SOURCE_NAME" NOT NULL ENABLE);
  ALTER TABLE "STG"."LOAD_BATCHES" MODIFY ("STARTED_AT" NOT NULL ENABLE);
  ALTER TABLE "STG"."LOAD_BATCHES" MODIFY ("STATUS" NOT NULL ENABLE);
  ALTER TABLE "STG"."LOAD_BATCHES" ADD CONSTRAINT "LOAD_BATCHES_PK" PRIMARY KEY ("BATCH_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
  ALTER TABLE "STG"."LOAD_BATCHES" ADD CONSTRAINT "LOAD_BATCHES_STATUS_CK" CHECK (status in ('RUNNING','DONE','FAILED')) ENABLE;
--------------------------------------------------------
--  Constraints for Table LOAD_ERRORS
--------------------------------------------------------

  ALTER TABLE "STG"."LOAD_ERRORS" MODIFY ("BATCH_ID" NOT NULL ENABLE);
  ALTER TABLE "STG"."LOAD_ERRORS" MODIFY ("TABLE_NAME" NOT NULL ENABLE);
  ALTER TABLE "STG"."LOAD_ERRORS" MODIFY ("CREATED_AT" NOT NULL ENABLE);
  ALTER TABLE "STG"."LOAD_ERRORS" ADD CONSTRAINT "LOAD_ERRORS_PK" PRIMARY KEY ("ERROR_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
--------------------------------------------------------
--  Constraints for Table CUSTOMERS_RAW
--------------------------------------------------------

  ALTER TABLE "STG"."CUSTOMERS_RAW" MODIFY ("BATCH_ID" NOT NULL ENABLE);
  ALTER TABLE "STG"."CUSTOMERS_RAW" MODIFY ("SRC_CUSTOMER_CODE" NOT NULL ENABLE);
  ALTER TABLE "STG"."CUSTOMERS_RAW" MODIFY ("LOAD_TS" NOT NULL ENABLE);
--------------------------------------------------------
--  Constraints for Table ORDERS_RAW
--------------------------------------------------------

  ALTER TABLE "STG"."ORDERS_RAW" MODIFY ("BATCH_ID" NOT NULL ENABLE);
  ALTER TABLE "STG"."ORDERS_RAW" MODIFY ("SRC_ORDER_NO" NOT NULL ENABLE);
  ALTER TABLE "STG"."ORDERS_RAW" MODIFY ("SRC_CUSTOMER_CODE" NOT NULL ENABLE);
  ALTER TABLE "STG"."ORDERS_RAW" MODIFY ("ORDER_DATE_TXT" NOT NULL ENABLE);
  ALTER TABLE "STG"."ORDERS_RAW" MODIFY ("LOAD_TS" NOT NULL ENABLE);
--------------------------------------------------------
--  Constraints for Table ORDER_ITEMS_RAW
--------------------------------------------------------

  ALTER TABLE "STG"."ORDER_ITEMS_RAW" MODIFY ("BATCH_ID" NOT NULL ENABLE);
  ALTER TABLE "STG"."ORDER_ITEMS_RAW" MODIFY ("SRC_ORDER_NO" NOT NULL ENABLE);
  ALTER TABLE "STG"."ORDER_ITEMS_RAW" MODIFY ("LINE_NO" NOT NULL ENABLE);
  ALTER TABLE "STG"."ORDER_ITEMS_RAW" MODIFY ("SKU" NOT NULL ENABLE);
  ALTER TABLE "STG"."ORDER_ITEMS_RAW" MODIFY ("LOAD_TS" NOT NULL ENABLE);
--------------------------------------------------------
--  Constraints for Table PRODUCTS_RAW
--------------------------------------------------------

  ALTER TABLE "STG"."PRODUCTS_RAW" MODIFY ("BATCH_ID" NOT NULL ENABLE);
  ALTER TABLE "STG"."PRODUCTS_RAW" MODIFY ("SKU" NOT NULL ENABLE);
  ALTER TABLE "STG"."PRODUCTS_RAW" MODIFY ("LOAD_TS" NOT NULL ENABLE);
--------------------------------------------------------
--  Constraints for Table FX_RATES_RAW
--------------------------------------------------------

  ALTER TABLE "STG"."FX_RATES_RAW" MODIFY ("BATCH_ID" NOT NULL ENABLE);
  ALTER TABLE "STG"."FX_RATES_RAW" MODIFY ("RATE_DATE_TXT" NOT NULL ENABLE);
  ALTER TABLE "STG"."FX_RATES_RAW" MODIFY ("FROM_CCY" NOT NULL ENABLE);
  ALTER TABLE "STG"."FX_RATES_RAW" MODIFY ("TO_CCY" NOT NULL ENABLE);
  ALTER TABLE "STG"."FX_RATES_RAW" MODIFY ("RATE" NOT NULL ENABLE);
  ALTER TABLE "STG"."FX_RATES_RAW" MODIFY ("LOAD_TS" NOT NULL ENABLE);
--------------------------------------------------------
--  Constraints for Table GL_JOURNAL_RAW
--------------------------------------------------------

  ALTER TABLE "STG"."GL_JOURNAL_RAW" MODIFY ("BATCH_ID" NOT NULL ENABLE);
  ALTER TABLE "STG"."GL_JOURNAL_RAW" MODIFY ("SRC_JOURNAL_NO" NOT NULL ENABLE);
  ALTER TABLE "STG"."GL_JOURNAL_RAW" MODIFY ("JOURNAL_DATE_TXT" NOT NULL ENABLE);
  ALTER TABLE "STG"."GL_JOURNAL_RAW" MODIFY ("LINE_NO" NOT NULL ENABLE);
  ALTER TABLE "STG"."GL_JOURNAL_RAW" MODIFY ("ACCOUNT_CODE" NOT NULL ENABLE);
  ALTER TABLE "STG"."GL_JOURNAL_RAW" MODIFY ("LOAD_TS" NOT NULL ENABLE);
--------------------------------------------------------
--  Ref Constraints for Table LOAD_ERRORS
--------------------------------------------------------

  ALTER TABLE "STG"."LOAD_ERRORS" ADD CONSTRAINT "LOAD_ERRORS_BATCH_FK" FOREIGN KEY ("BATCH_ID")
	  REFERENCES "STG"."LOAD_BATCHES" ("BATCH_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table CUSTOMERS_RAW
--------------------------------------------------------

  ALTER TABLE "STG"."CUSTOMERS_RAW" ADD CONSTRAINT "CUSTOMERS_RAW_BATCH_FK" FOREIGN KEY ("BATCH_ID")
	  REFERENCES "STG"."LOAD_BATCHES" ("BATCH_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table ORDERS_RAW
--------------------------------------------------------

  ALTER TABLE "STG"."ORDERS_RAW" ADD CONSTRAINT "ORDERS_RAW_BATCH_FK" FOREIGN KEY ("BATCH_ID")
	  REFERENCES "STG"."LOAD_BATCHES" ("BATCH_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table ORDER_ITEMS_RAW
--------------------------------------------------------

  ALTER TABLE "STG"."ORDER_ITEMS_RAW" ADD CONSTRAINT "ORDER_ITEMS_RAW_BATCH_FK" FOREIGN KEY ("BATCH_ID")
	  REFERENCES "STG"."LOAD_BATCHES" ("BATCH_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table PRODUCTS_RAW
--------------------------------------------------------

  ALTER TABLE "STG"."PRODUCTS_RAW" ADD CONSTRAINT "PRODUCTS_RAW_BATCH_FK" FOREIGN KEY ("BATCH_ID")
	  REFERENCES "STG"."LOAD_BATCHES" ("BATCH_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table FX_RATES_RAW
--------------------------------------------------------

  ALTER TABLE "STG"."FX_RATES_RAW" ADD CONSTRAINT "FX_RATES_RAW_BATCH_FK" FOREIGN KEY ("BATCH_ID")
	  REFERENCES "STG"."LOAD_BATCHES" ("BATCH_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table GL_JOURNAL_RAW
--------------------------------------------------------

  ALTER TABLE "STG"."GL_JOURNAL_RAW" ADD CONSTRAINT "GL_JOURNAL_RAW_BATCH_FK" FOREIGN KEY ("BATCH_ID")
	  REFERENCES "STG"."LOAD_BATCHES" ("BATCH_ID") ENABLE;
--------------------------------------------------------
--  Grants
--------------------------------------------------------

  GRANT SELECT ON "STG"."CUSTOMERS_RAW" TO "SALES";
  GRANT SELECT ON "STG"."ORDERS_RAW" TO "SALES";
  GRANT SELECT ON "STG"."ORDER_ITEMS_RAW" TO "SALES";
  GRANT SELECT ON "STG"."PRODUCTS_RAW" TO "SALES";
  GRANT INSERT ON "STG"."LOAD_ERRORS" TO "SALES";
  GRANT UPDATE ON "STG"."LOAD_BATCHES" TO "SALES";
  GRANT SELECT ON "STG"."LOAD_ERRORS_SEQ" TO "SALES";
  GRANT SELECT ON "STG"."FX_RATES_RAW" TO "FIN";
  GRANT SELECT ON "STG"."GL_JOURNAL_RAW" TO "FIN";
  GRANT SELECT ON "STG"."PRODUCTS_RAW" TO "DWH";
  GRANT SELECT ON "STG"."ORDER_ITEMS_RAW" TO "DWH";
  GRANT SELECT ON "STG"."V_ORDERS_CLEAN" TO "DWH";
  GRANT SELECT ON "STG"."V_CUSTOMERS_DEDUP" TO "DWH";
