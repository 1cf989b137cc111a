--------------------------------------------------------
--  File created - Thursday-March-14-2024   
--------------------------------------------------------

--------------------------------------------------------
--  DDL for Sequence CUSTOMERS_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "SALES"."CUSTOMERS_SEQ"  MINVALUE 1 MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH 10001 CACHE 20  NOORDER  NOCYCLE  NOKEEP  NOSCALE  GLOBAL ;
--------------------------------------------------------
--  DDL for Sequence CUSTOMER_ADDRESSES_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "SALES"."CUSTOMER_ADDRESSES_SEQ"  MINVALUE 1 MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH 1 CACHE 20  NOORDER  NOCYCLE  NOKEEP  NOSCALE  GLOBAL ;
--------------------------------------------------------
--  DDL for Sequence PRODUCTS_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "SALES"."PRODUCTS_SEQ"  MINVALUE 1 MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH 5001 CACHE 20  NOORDER  NOCYCLE  NOKEEP  NOSCALE  GLOBAL ;
--------------------------------------------------------
--  DDL for Sequence ORDERS_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "SALES"."ORDERS_SEQ"  MINVALUE 1 MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH 100001 CACHE 100  NOORDER  NOCYCLE  NOKEEP  NOSCALE  GLOBAL ;
--------------------------------------------------------
--  DDL for Sequence ORDER_STATUS_HISTORY_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "SALES"."ORDER_STATUS_HISTORY_SEQ"  MINVALUE 1 MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH 1 CACHE 100  NOORDER  NOCYCLE  NOKEEP  NOSCALE  GLOBAL ;
--------------------------------------------------------
--  DDL for Sequence PRICE_CHANGES_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "SALES"."PRICE_CHANGES_SEQ"  MINVALUE 1 MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH 1 CACHE 20  NOORDER  NOCYCLE  NOKEEP  NOSCALE  GLOBAL ;
--------------------------------------------------------
--  DDL for Sequence SHIPMENTS_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "SALES"."SHIPMENTS_SEQ"  MINVALUE 1 MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH 1 CACHE 20  NOORDER  NOCYCLE  NOKEEP  NOSCALE  GLOBAL ;
--------------------------------------------------------
--  DDL for Table CUSTOMERS
--------------------------------------------------------

  CREATE TABLE "SALES"."CUSTOMERS" 
   (	"CUSTOMER_ID" NUMBER(10,0), 
	"CUSTOMER_CODE" VARCHAR2(20 BYTE), 
	"CUSTOMER_NAME" VARCHAR2(200 CHAR), 
	"CUSTOMER_TYPE" VARCHAR2(10 BYTE) DEFAULT 'RETAIL', 
	"EMAIL" VARCHAR2(254 BYTE), 
	"PHONE" VARCHAR2(30 BYTE), 
	"COUNTRY_ID" CHAR(2 BYTE), 
	"CREDIT_LIMIT" NUMBER(12,2) DEFAULT 0, 
	"SALES_REP_ID" NUMBER(6,0), 
	"STATUS" VARCHAR2(10 BYTE) DEFAULT 'ACTIVE', 
	"CREATED_AT" DATE DEFAULT SYSDATE, 
	"UPDATED_AT" DATE
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON COLUMN "SALES"."CUSTOMERS"."CUSTOMER_ID" IS 'Surrogate key from CUSTOMERS_SEQ';
   COMMENT ON COLUMN "SALES"."CUSTOMERS"."CUSTOMER_CODE" IS 'Business key shared with CRM and the staging feeds';
   COMMENT ON COLUMN "SALES"."CUSTOMERS"."CUSTOMER_TYPE" IS 'RETAIL, B2B or GOV';
   COMMENT ON COLUMN "SALES"."CUSTOMERS"."COUNTRY_ID" IS 'ISO country, references HR.COUNTRIES';
   COMMENT ON COLUMN "SALES"."CUSTOMERS"."CREDIT_LIMIT" IS 'Credit limit in USD, recomputed by UPDATE_CUSTOMER_CREDIT';
   COMMENT ON COLUMN "SALES"."CUSTOMERS"."SALES_REP_ID" IS 'Account owner';
   COMMENT ON TABLE "SALES"."CUSTOMERS"  IS 'Customer master data';
--------------------------------------------------------
--  DDL for Table CUSTOMER_ADDRESSES
--------------------------------------------------------

  CREATE TABLE "SALES"."CUSTOMER_ADDRESSES" 
   (	"ADDRESS_ID" NUMBER(12,0), 
	"CUSTOMER_ID" NUMBER(10,0), 
	"ADDRESS_TYPE" VARCHAR2(4 BYTE), 
	"LINE1" VARCHAR2(100 CHAR), 
	"LINE2" VARCHAR2(100 CHAR), 
	"CITY" VARCHAR2(60 CHAR), 
	"POSTAL_CODE" VARCHAR2(12 BYTE), 
	"COUNTRY_ID" CHAR(2 BYTE), 
	"IS_PRIMARY" CHAR(1 BYTE) DEFAULT 'N'
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON COLUMN "SALES"."CUSTOMER_ADDRESSES"."ADDRESS_TYPE" IS 'BILL or SHIP';
   COMMENT ON TABLE "SALES"."CUSTOMER_ADDRESSES"  IS 'Billing and shipping addresses of customers';
--------------------------------------------------------
--  DDL for Table PRODUCT_CATEGORIES
--------------------------------------------------------

  CREATE TABLE "SALES"."PRODUCT_CATEGORIES" 
   (	"CATEGORY_ID" NUMBER(6,0), 
	"CATEGORY_NAME" VARCHAR2(100 CHAR), 
	"PARENT_CATEGORY_ID" NUMBER(6,0)
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON TABLE "SALES"."PRODUCT_CATEGORIES"  IS 'Product category tree';
--------------------------------------------------------
--  DDL for Table PRODUCTS
--------------------------------------------------------

  CREATE TABLE "SALES"."PRODUCTS" 
   (	"PRODUCT_ID" NUMBER(10,0), 
	"SKU" VARCHAR2(40 BYTE), 
	"PRODUCT_NAME" VARCHAR2(200 CHAR), 
	"CATEGORY_ID" NUMBER(6,0), 
	"LIST_PRICE" NUMBER(10,2), 
	"UNIT_COST" NUMBER(10,2), 
	"IS_ACTIVE" CHAR(1 BYTE) DEFAULT 'Y', 
	"DESCRIPTION" CLOB, 
	"CREATED_AT" DATE DEFAULT SYSDATE, 
	"UPDATED_AT" DATE
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" 
 LOB ("DESCRIPTION") STORE AS SECUREFILE (
  TABLESPACE "USERS" ENABLE STORAGE IN ROW CHUNK 8192
  NOCACHE LOGGING  NOCOMPRESS  KEEP_DUPLICATES 
  STORAGE(INITIAL 106496 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)) ;

   COMMENT ON COLUMN "SALES"."PRODUCTS"."SKU" IS 'Stock keeping unit, business key';
   COMMENT ON COLUMN "SALES"."PRODUCTS"."LIST_PRICE" IS 'Current list price in USD';
   COMMENT ON COLUMN "SALES"."PRODUCTS"."DESCRIPTION" IS 'Long marketing description (HTML)';
   COMMENT ON TABLE "SALES"."PRODUCTS"  IS 'Sellable products';
--------------------------------------------------------
--  DDL for Table TERRITORIES
--------------------------------------------------------

  CREATE TABLE "SALES"."TERRITORIES" 
   (	"TERRITORY_ID" NUMBER(6,0), 
	"TERRITORY_NAME" VARCHAR2(60 CHAR), 
	"REGION_ID" NUMBER
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON TABLE "SALES"."TERRITORIES"  IS 'Sales territories, grouped by HR region';
--------------------------------------------------------
--  DDL for Table SALES_REPS
--------------------------------------------------------

  CREATE TABLE "SALES"."SALES_REPS" 
   (	"SALES_REP_ID" NUMBER(6,0), 
	"EMPLOYEE_ID" NUMBER(6,0), 
	"TERRITORY_ID" NUMBER(6,0), 
	"QUOTA" NUMBER(12,2), 
	"COMMISSION_RATE" NUMBER(4,3) DEFAULT 0.05, 
	"ACTIVE_FROM" DATE, 
	"ACTIVE_TO" DATE
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON COLUMN "SALES"."SALES_REPS"."EMPLOYEE_ID" IS 'The HR employee behind the sales rep';
   COMMENT ON COLUMN "SALES"."SALES_REPS"."QUOTA" IS 'Yearly quota in USD';
   COMMENT ON TABLE "SALES"."SALES_REPS"  IS 'Sales representatives';
--------------------------------------------------------
--  DDL for Table ORDERS
--------------------------------------------------------

  CREATE TABLE "SALES"."ORDERS" 
   (	"ORDER_ID" NUMBER(12,0), 
	"ORDER_NUMBER" VARCHAR2(20 BYTE), 
	"CUSTOMER_ID" NUMBER(10,0), 
	"SALES_REP_ID" NUMBER(6,0), 
	"ORDER_DATE" DATE, 
	"STATUS" VARCHAR2(12 BYTE) DEFAULT 'NEW', 
	"CURRENCY_CODE" CHAR(3 BYTE) DEFAULT 'USD', 
	"ORDER_TOTAL" NUMBER(14,2) DEFAULT 0, 
	"SHIP_ADDRESS_ID" NUMBER(12,0), 
	"SOURCE_SYSTEM" VARCHAR2(10 BYTE) DEFAULT 'WEB', 
	"CREATED_AT" DATE DEFAULT SYSDATE, 
	"UPDATED_AT" DATE
   ) PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
  STORAGE(
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" 
  PARTITION BY RANGE ("ORDER_DATE") 
 (PARTITION "ORDERS_2022"  VALUES LESS THAN (TO_DATE(' 2023-01-01 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN')) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING 
  STORAGE(INITIAL 8388608 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" , 
 PARTITION "ORDERS_2023"  VALUES LESS THAN (TO_DATE(' 2024-01-01 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN')) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING 
  STORAGE(INITIAL 8388608 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" , 
 PARTITION "ORDERS_2024"  VALUES LESS THAN (TO_DATE(' 2025-01-01 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN')) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING 
  STORAGE(INITIAL 8388608 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" , 
 PARTITION "ORDERS_MAX"  VALUES LESS THAN (MAXVALUE) SEGMENT CREATION DEFERRED 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING 
  STORAGE(
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" );

   COMMENT ON COLUMN "SALES"."ORDERS"."ORDER_ID" IS 'Surrogate key from ORDERS_SEQ';
   COMMENT ON COLUMN "SALES"."ORDERS"."ORDER_NUMBER" IS 'Order number shown to the customer (SO-..., L-... for legacy orders)';
   COMMENT ON COLUMN "SALES"."ORDERS"."ORDER_DATE" IS 'Order date; partition key';
   COMMENT ON COLUMN "SALES"."ORDERS"."STATUS" IS 'NEW, CONFIRMED, SHIPPED, DELIVERED or CANCELLED';
   COMMENT ON COLUMN "SALES"."ORDERS"."ORDER_TOTAL" IS 'Sum of ORDER_ITEMS.LINE_TOTAL';
   COMMENT ON COLUMN "SALES"."ORDERS"."SOURCE_SYSTEM" IS 'WEB, STG (batch feed) or LEGACY';
   COMMENT ON TABLE "SALES"."ORDERS"  IS 'Sales order headers, range-partitioned by order date';
--------------------------------------------------------
--  DDL for Table ORDER_ITEMS
--------------------------------------------------------

  CREATE TABLE "SALES"."ORDER_ITEMS" 
   (	"ORDER_ID" NUMBER(12,0), 
	"LINE_NO" NUMBER(4,0), 
	"PRODUCT_ID" NUMBER(10,0), 
	"QUANTITY" NUMBER(10,2), 
	"UNIT_PRICE" NUMBER(10,2), 
	"DISCOUNT_PCT" NUMBER(5,2) DEFAULT 0, 
	"LINE_TOTAL" NUMBER(14,2)
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON COLUMN "SALES"."ORDER_ITEMS"."LINE_TOTAL" IS 'quantity * unit_price less discount; set by TRG_ORDER_ITEMS_BIU';
   COMMENT ON TABLE "SALES"."ORDER_ITEMS"  IS 'Sales order lines';
--------------------------------------------------------
--  DDL for Table ORDER_STATUS_HISTORY
--------------------------------------------------------

  CREATE TABLE "SALES"."ORDER_STATUS_HISTORY" 
   (	"HISTORY_ID" NUMBER(12,0), 
	"ORDER_ID" NUMBER(12,0), 
	"OLD_STATUS" VARCHAR2(12 BYTE), 
	"NEW_STATUS" VARCHAR2(12 BYTE), 
	"CHANGED_BY" VARCHAR2(128 BYTE), 
	"CHANGED_AT" TIMESTAMP (6) DEFAULT SYSTIMESTAMP
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON TABLE "SALES"."ORDER_STATUS_HISTORY"  IS 'Status changes of orders, written by TRG_ORDERS_STATUS_HIST';
--------------------------------------------------------
--  DDL for Table PRICE_CHANGES
--------------------------------------------------------

  CREATE TABLE "SALES"."PRICE_CHANGES" 
   (	"CHANGE_ID" NUMBER(12,0), 
	"PRODUCT_ID" NUMBER(10,0), 
	"OLD_PRICE" NUMBER(10,2), 
	"NEW_PRICE" NUMBER(10,2), 
	"CHANGED_BY" VARCHAR2(128 BYTE), 
	"CHANGED_AT" TIMESTAMP (6) DEFAULT SYSTIMESTAMP
   ) SEGMENT CREATION DEFERRED 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  TABLESPACE "USERS" ;

   COMMENT ON TABLE "SALES"."PRICE_CHANGES"  IS 'List price changes, written by TRG_PRODUCTS_PRICE_AUDIT';
--------------------------------------------------------
--  DDL for Table SHIPMENTS
--------------------------------------------------------

  CREATE TABLE "SALES"."SHIPMENTS" 
   (	"SHIPMENT_ID" NUMBER(12,0), 
	"ORDER_ID" NUMBER(12,0), 
	"SHIPPED_AT" DATE, 
	"CARRIER" VARCHAR2(40 BYTE), 
	"TRACKING_NO" VARCHAR2(60 BYTE), 
	"STATUS" VARCHAR2(12 BYTE) DEFAULT 'PENDING'
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;

   COMMENT ON TABLE "SALES"."SHIPMENTS"  IS 'Shipments of orders';
--------------------------------------------------------
--  DDL for View V_ORDER_LINES
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "SALES"."V_ORDER_LINES" ("ORDER_ID", "ORDER_NUMBER", "ORDER_DATE", "CUSTOMER_ID", "STATUS", "LINE_NO", "PRODUCT_ID", "SKU", "PRODUCT_NAME", "QUANTITY", "UNIT_PRICE", "DISCOUNT_PCT", "LINE_TOTAL") AS 
  select o.order_id, o.order_number, o.order_date, o.customer_id, o.status,
       i.line_no, i.product_id, p.sku, p.product_name,
       i.quantity, i.unit_price, i.discount_pct, i.line_total
  from orders o
  join order_items i on i.order_id = o.order_id
  join products p on p.product_id = i.product_id;
--------------------------------------------------------
--  DDL for View V_CUSTOMER_ORDERS
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "SALES"."V_CUSTOMER_ORDERS" ("CUSTOMER_ID", "CUSTOMER_CODE", "CUSTOMER_NAME", "ORDER_COUNT", "TOTAL_AMOUNT", "FIRST_ORDER_DATE", "LAST_ORDER_DATE") AS 
  select c.customer_id, c.customer_code, c.customer_name,
       count(o.order_id), nvl(sum(o.order_total), 0), min(o.order_date), max(o.order_date)
  from customers c
  left join orders o on o.customer_id = c.customer_id and o.status <> 'CANCELLED'
 group by c.customer_id, c.customer_code, c.customer_name;
--------------------------------------------------------
--  DDL for View V_CUSTOMER_360
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "SALES"."V_CUSTOMER_360" ("CUSTOMER_ID", "CUSTOMER_CODE", "CUSTOMER_NAME", "CUSTOMER_TYPE", "EMAIL", "BILL_CITY", "BILL_COUNTRY_ID", "ORDER_COUNT", "TOTAL_AMOUNT", "LAST_ORDER_DATE") AS 
  select c.customer_id, c.customer_code, c.customer_name, c.customer_type, c.email,
       a.city as bill_city, a.country_id as bill_country_id,
       co.order_count, co.total_amount, co.last_order_date
  from customers c
  left join customer_addresses a
    on a.customer_id = c.customer_id and a.address_type = 'BILL' and a.is_primary = 'Y'
  left join v_customer_orders co on co.customer_id = c.customer_id;
--------------------------------------------------------
--  DDL for View CustomerSummary
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "SALES"."CustomerSummary" ("CustomerName", "CustomerType", "OrderCount", "TotalSpent", "LastOrder") AS 
  select c.customer_name, c.customer_type, co.order_count, co.total_amount, co.last_order_date
  from v_customer_orders co
  join customers c on c.customer_id = co.customer_id
 where c.status = 'ACTIVE';
--------------------------------------------------------
--  DDL for View V_LEGACY_ORDERS
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "SALES"."V_LEGACY_ORDERS" ("LEGACY_ORDER_NO", "CUSTOMER_CODE", "ORDER_DATE", "STATUS", "ORDER_TOTAL", "CURRENCY_CODE") AS 
  select lo.order_no, lo.cust_code, lo.order_dt, lo.order_status, lo.total_amt, lo.currency
  from orders@legacy_link lo
 where lo.order_dt >= date '2015-01-01';
--------------------------------------------------------
--  DDL for View V_REP_PERFORMANCE
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "SALES"."V_REP_PERFORMANCE" ("SALES_REP_ID", "REP_NAME", "TERRITORY_NAME", "QUOTA", "ORDER_COUNT", "REVENUE", "QUOTA_ATTAINMENT_PCT") AS 
  select r.sales_rep_id,
       e.first_name || ' ' || e.last_name,
       t.territory_name,
       r.quota,
       count(o.order_id),
       nvl(sum(o.order_total), 0),
       case when r.quota > 0 then round(100 * nvl(sum(o.order_total), 0) / r.quota, 1) end
  from sales_reps r
  join emp e on e.employee_id = r.employee_id
  left join territories t on t.territory_id = r.territory_id
  left join orders o
    on o.sales_rep_id = r.sales_rep_id
   and o.status <> 'CANCELLED'
   and o.order_date >= trunc(sysdate, 'YYYY')
 group by r.sales_rep_id, e.first_name, e.last_name, t.territory_name, r.quota;
--------------------------------------------------------
--  DDL for View V_OPEN_ORDERS
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "SALES"."V_OPEN_ORDERS" ("ORDER_ID", "ORDER_NUMBER", "CUSTOMER_NAME", "ORDER_DATE", "STATUS", "ORDER_TOTAL", "DAYS_OPEN") AS 
  select o.order_id, o.order_number, c.customer_name, o.order_date, o.status, o.order_total,
       trunc(sysdate) - o.order_date
  from orders o
  join customers c on c.customer_id = o.customer_id
 where o.status in ('NEW', 'CONFIRMED')
with read only;
--------------------------------------------------------
--  DDL for Materialized View Log ORDERS
--------------------------------------------------------

  CREATE MATERIALIZED VIEW LOG ON "SALES"."ORDERS"
 PCTFREE 10 PCTUSED 30 INITRANS 1 MAXTRANS 255 LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" 
  WITH ROWID, SEQUENCE ( "CUSTOMER_ID", "ORDER_DATE", "ORDER_TOTAL", "STATUS" ) INCLUDING NEW VALUES;
--------------------------------------------------------
--  DDL for Materialized View MV_CUSTOMER_ORDER_TOTALS
--------------------------------------------------------

  CREATE MATERIALIZED VIEW "SALES"."MV_CUSTOMER_ORDER_TOTALS" ("CUSTOMER_ID", "ORDER_COUNT", "ORDER_TOTAL_CNT", "ORDER_TOTAL_SUM")
  SEGMENT CREATION IMMEDIATE
  ORGANIZATION HEAP PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" 
  BUILD IMMEDIATE
  USING INDEX 
  REFRESH FAST ON COMMIT
  USING DEFAULT LOCAL ROLLBACK SEGMENT
  USING ENFORCED CONSTRAINTS DISABLE ON QUERY COMPUTATION DISABLE QUERY REWRITE
  AS select customer_id,
       count(*) as order_count,
       count(order_total) as order_total_cnt,
       sum(order_total) as order_total_sum
  from orders
 group by customer_id;
--------------------------------------------------------
--  DDL for Materialized View MV_DAILY_SALES
--------------------------------------------------------

  CREATE MATERIALIZED VIEW "SALES"."MV_DAILY_SALES" ("SALES_DATE", "PRODUCT_ID", "CATEGORY_ID", "ORDER_COUNT", "UNITS_SOLD", "REVENUE")
  SEGMENT CREATION IMMEDIATE
  ORGANIZATION HEAP PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" 
  BUILD IMMEDIATE
  USING INDEX 
  REFRESH COMPLETE ON DEMAND START WITH sysdate+0 NEXT trunc(sysdate) + 1 + 2/24
  USING DEFAULT LOCAL ROLLBACK SEGMENT
  USING ENFORCED CONSTRAINTS DISABLE ON QUERY COMPUTATION DISABLE QUERY REWRITE
  AS select trunc(o.order_date) as sales_date,
       i.product_id,
       p.category_id,
       count(distinct o.order_id) as order_count,
       sum(i.quantity) as units_sold,
       sum(i.line_total) as revenue
  from orders o
  join order_items i on i.order_id = o.order_id
  join products p on p.product_id = i.product_id
 where o.status <> 'CANCELLED'
 group by trunc(o.order_date), i.product_id, p.category_id;
REM INSERTING into SALES.PRODUCT_CATEGORIES
SET DEFINE OFF;
Insert into SALES.PRODUCT_CATEGORIES (CATEGORY_ID,CATEGORY_NAME,PARENT_CATEGORY_ID) values ('1','Hardware',null);
Insert into SALES.PRODUCT_CATEGORIES (CATEGORY_ID,CATEGORY_NAME,PARENT_CATEGORY_ID) values ('2','Software',null);
Insert into SALES.PRODUCT_CATEGORIES (CATEGORY_ID,CATEGORY_NAME,PARENT_CATEGORY_ID) values ('3','Services',null);
Insert into SALES.PRODUCT_CATEGORIES (CATEGORY_ID,CATEGORY_NAME,PARENT_CATEGORY_ID) values ('10','Laptops','1');
Insert into SALES.PRODUCT_CATEGORIES (CATEGORY_ID,CATEGORY_NAME,PARENT_CATEGORY_ID) values ('11','Monitors','1');
Insert into SALES.PRODUCT_CATEGORIES (CATEGORY_ID,CATEGORY_NAME,PARENT_CATEGORY_ID) values ('20','Licenses','2');
Insert into SALES.PRODUCT_CATEGORIES (CATEGORY_ID,CATEGORY_NAME,PARENT_CATEGORY_ID) values ('30','Support Contracts','3');
--------------------------------------------------------
--  DDL for Index CUSTOMERS_REP_IX
--------------------------------------------------------

  CREATE INDEX "SALES"."CUSTOMERS_REP_IX" ON "SALES"."CUSTOMERS" ("SALES_REP_ID") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;
--------------------------------------------------------
--  DDL for Index CUSTOMERS_NAME_IX
--------------------------------------------------------

  CREATE INDEX "SALES"."CUSTOMERS_NAME_IX" ON "SALES"."CUSTOMERS" ("CUSTOMER_NAME") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;
--------------------------------------------------------
--  DDL for Index CUST_ADDR_CUST_IX
--------------------------------------------------------

  CREATE INDEX "SALES"."CUST_ADDR_CUST_IX" ON "SALES"."CUSTOMER_ADDRESSES" ("CUSTOMER_ID", "ADDRESS_TYPE") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;
--------------------------------------------------------
--  DDL for Index PRODUCTS_CAT_IX
--------------------------------------------------------

  CREATE INDEX "SALES"."PRODUCTS_CAT_IX" ON "SALES"."PRODUCTS" ("CATEGORY_ID") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;
--------------------------------------------------------
--  DDL for Index ORDERS_CUST_DATE_IX
--------------------------------------------------------

  CREATE INDEX "SALES"."ORDERS_CUST_DATE_IX" ON "SALES"."ORDERS" ("CUSTOMER_ID", "ORDER_DATE") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT) LOCAL;
--------------------------------------------------------
--  DDL for Index ORDERS_STATUS_IX
--------------------------------------------------------

  CREATE INDEX "SALES"."ORDERS_STATUS_IX" ON "SALES"."ORDERS" ("STATUS") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;
--------------------------------------------------------
--  DDL for Index ORDER_ITEMS_PROD_IX
--------------------------------------------------------

  CREATE INDEX "SALES"."ORDER_ITEMS_PROD_IX" ON "SALES"."ORDER_ITEMS" ("PRODUCT_ID") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;
--------------------------------------------------------
--  DDL for Index ORDER_STATUS_HIST_ORDER_IX
--------------------------------------------------------

  CREATE INDEX "SALES"."ORDER_STATUS_HIST_ORDER_IX" ON "SALES"."ORDER_STATUS_HISTORY" ("ORDER_ID", "CHANGED_AT") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;
--------------------------------------------------------
--  DDL for Index SHIPMENTS_ORDER_IX
--------------------------------------------------------

  CREATE INDEX "SALES"."SHIPMENTS_ORDER_IX" ON "SALES"."SHIPMENTS" ("ORDER_ID") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS" ;
--------------------------------------------------------
--  DDL for Trigger TRG_CUSTOMERS_BI
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE TRIGGER "SALES"."TRG_CUSTOMERS_BI" 
before insert on customers
for each row
begin
  if :new.customer_id is null then
    :new.customer_id := customers_seq.nextval;
  end if;
  :new.created_at := nvl(:new.created_at, sysdate);
end;
/
ALTER TRIGGER "SALES"."TRG_CUSTOMERS_BI" ENABLE;
--------------------------------------------------------
--  DDL for Trigger TRG_ORDERS_STATUS_HIST
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE TRIGGER "SALES"."TRG_ORDERS_STATUS_HIST" 
after insert or update of status on orders
for each row
begin
  if inserting or :new.status <> :old.status then
    insert into order_status_history (history_id, order_id, old_status, new_status, changed_by, changed_at)
    values (order_status_history_seq.nextval, :new.order_id, :old.status, :new.status,
            nvl(sys_context('USERENV', 'CLIENT_IDENTIFIER'), user), systimestamp);
  end if;
end;
/
ALTER TRIGGER "SALES"."TRG_ORDERS_STATUS_HIST" ENABLE;
--------------------------------------------------------
--  DDL for Trigger TRG_PRODUCTS_PRICE_AUDIT
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE TRIGGER "SALES"."TRG_PRODUCTS_PRICE_AUDIT" 
after update of list_price on products
for each row
when (new.list_price <> old.list_price)
begin
  insert into price_changes (change_id, product_id, old_price, new_price, changed_by, changed_at)
  values (price_changes_seq.nextval, :new.product_id, :old.list_price, :new.list_price, user, systimestamp);
end;
/
ALTER TRIGGER "SALES"."TRG_PRODUCTS_PRICE_AUDIT" ENABLE;
--------------------------------------------------------
--  DDL for Trigger TRG_ORDER_ITEMS_BIU
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE TRIGGER "SALES"."TRG_ORDER_ITEMS_BIU" 
before insert or update of quantity, unit_price, discount_pct on order_items
for each row
begin
  :new.line_total := round(:new.quantity * :new.unit_price * (1 - nvl(:new.discount_pct, 0) / 100), 2);
end;
/
ALTER TRIGGER "SALES"."TRG_ORDER_ITEMS_BIU" ENABLE;
--------------------------------------------------------
--  DDL for Procedure UPDATE_CUSTOMER_CREDIT
--------------------------------------------------------

set define off;

  CREATE OR REPLACE EDITIONABLE PROCEDURE "SALES"."UPDATE_CUSTOMER_CREDIT" (p_months in pls_integer default 12)
as
begin
  -- B2B credit limit = twice the average monthly spend of the last p_months, at least 1000
  update customers c
     set c.credit_limit = (select round(greatest(1000, nvl(sum(o.order_total), 0) / p_months * 2), -2)
                             from orders o
                            where o.customer_id = c.customer_id
                              and o.status in ('SHIPPED', 'DELIVERED')
                              and o.order_date >= add_months(trunc(sysdate), -p_months)),
         c.updated_at = sysdate
   where c.customer_type = 'B2B'
     and exists (select 1
                   from orders o2
                  where o2.customer_id = c.customer_id
                    and o2.order_date >= add_months(trunc(sysdate), -p_months));
end update_customer_credit;

/
--------------------------------------------------------
--  DDL for Function GET_ORDER_TOTAL
--------------------------------------------------------

set define off;

  CREATE OR REPLACE EDITIONABLE FUNCTION "SALES"."GET_ORDER_TOTAL" (p_order_id in order_items.order_id%type)
  return number
is
  l_total number;
begin
  select nvl(sum(quantity * unit_price * (1 - discount_pct / 100)), 0)
    into l_total
    from order_items
   where order_id = p_order_id;
  return round(l_total, 2);
end get_order_total;

/
--------------------------------------------------------
--  DDL for Procedure IMPORT_LEGACY_ORDERS
--------------------------------------------------------

set define off;

  CREATE OR REPLACE EDITIONABLE PROCEDURE "SALES"."IMPORT_LEGACY_ORDERS" (p_since in date)
as
  l_customer_id customers.customer_id%type;
  l_count       pls_integer := 0;
begin
  for r in (select lo.order_no, lo.cust_code, lo.order_dt, lo.order_status, lo.total_amt, lo.currency
              from legacy_orders lo
             where lo.order_dt >= p_since) loop
    begin
      select customer_id into l_customer_id from customers where customer_code = r.cust_code;
    exception
      when no_data_found then
        l_customer_id := null;
    end;
    if l_customer_id is not null then
      insert into orders (order_id, order_number, customer_id, order_date, status, currency_code, order_total, source_system)
      select orders_seq.nextval, 'L-' || r.order_no, l_customer_id, r.order_dt,
             case r.order_status when 'C' then 'CANCELLED' when 'S' then 'SHIPPED' else 'DELIVERED' end,
             nvl(r.currency, 'USD'), r.total_amt, 'LEGACY'
        from dual
       where not exists (select 1 from orders o where o.order_number = 'L-' || r.order_no);
      l_count := l_count + sql%rowcount;
    end if;
  end loop;
  dbms_output.put_line(l_count || ' legacy orders imported');
end import_legacy_orders;

/
--------------------------------------------------------
--  DDL for Package PKG_ORDERS
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE PACKAGE "SALES"."PKG_ORDERS" as
  -- Order entry API used by the web shop.
  subtype t_order_id is orders.order_id%type;

  type t_item_rec is record (
    product_id   order_items.product_id%type,
    quantity     order_items.quantity%type,
    discount_pct order_items.discount_pct%type
  );
  type t_item_tab is table of t_item_rec index by pls_integer;

  function create_order (
    p_customer_id  in customers.customer_id%type,
    p_items        in t_item_tab,
    p_sales_rep_id in sales_reps.sales_rep_id%type default null
  ) return t_order_id;

  procedure add_item (p_order_id in t_order_id, p_item in t_item_rec);

  procedure recalc_total (p_order_id in t_order_id);

  procedure set_status (p_order_id in t_order_id, p_status in orders.status%type);

  procedure ship_order (p_order_id in t_order_id, p_carrier in varchar2, p_tracking_no in varchar2);
end pkg_orders;

/
--------------------------------------------------------
--  DDL for Package PKG_LOAD
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE PACKAGE "SALES"."PKG_LOAD" as
  -- Loads the staging feeds (schema STG) into the sales tables. Called by the nightly scheduler job.
  procedure load_customers (p_batch_id in number);
  procedure load_products (p_batch_id in number);
  procedure load_orders (p_batch_id in number);
  procedure load_order_items (p_batch_id in number);
  procedure run_batch (p_batch_id in number);
end pkg_load;

/
--------------------------------------------------------
--  DDL for Package Body PKG_ORDERS
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "SALES"."PKG_ORDERS" as
  g_order_prefix constant varchar2(3) := 'SO-';

  function next_line_no (p_order_id in t_order_id) return order_items.line_no%type is
    l_line_no order_items.line_no%type;
  begin
    select nvl(max(line_no), 0) + 1 into l_line_no from order_items where order_id = p_order_id;
    return l_line_no;
  end next_line_no;

  procedure add_item (p_order_id in t_order_id, p_item in t_item_rec) is
    l_price   products.list_price%type;
    l_line_no order_items.line_no%type;
  begin
    select list_price into l_price from products where product_id = p_item.product_id and is_active = 'Y';
    l_line_no := next_line_no(p_order_id);
    insert into order_items (order_id, line_no, product_id, quantity, unit_price, discount_pct)
    values (p_order_id, l_line_no, p_item.product_id, p_item.quantity, l_price, nvl(p_item.discount_pct, 0));
  end add_item;

  procedure recalc_total (p_order_id in t_order_id) is
  begin
    update orders o
       set o.order_total = (select nvl(sum(i.line_total), 0) from order_items i where i.order_id = o.order_id),
           o.updated_at = sysdate
     where o.order_id = p_order_id;
  end recalc_total;

  function create_order (
    p_customer_id  in customers.customer_id%type,
    p_items        in t_item_tab,
    p_sales_rep_id in sales_reps.sales_rep_id%type default null
  ) return t_order_id is
    l_order_id t_order_id;
    r_customer customers%rowtype;
  begin
    select * into r_customer from customers where customer_id = p_customer_id;
    if r_customer.status <> 'ACTIVE' then
      raise_application_error(-20200, 'Customer ' || r_customer.customer_code || ' is not active');
    end if;
    l_order_id := orders_seq.nextval;
    insert into orders (order_id, order_number, customer_id, sales_rep_id, order_date, status, currency_code, source_system)
    values (l_order_id, g_order_prefix || to_char(l_order_id, 'FM000000000'), p_customer_id,
            nvl(p_sales_rep_id, r_customer.sales_rep_id), sysdate, 'NEW', 'USD', 'WEB');
    for i in 1 .. p_items.count loop
      add_item(l_order_id, p_items(i));
    end loop;
    recalc_total(l_order_id);
    return l_order_id;
  end create_order;

  procedure set_status (p_order_id in t_order_id, p_status in orders.status%type) is
  begin
    update orders
       set status = p_status,
           updated_at = sysdate
     where order_id = p_order_id;
    if sql%rowcount = 0 then
      raise_application_error(-20201, 'Order ' || p_order_id || ' not found');
    end if;
  end set_status;

  procedure ship_order (p_order_id in t_order_id, p_carrier in varchar2, p_tracking_no in varchar2) is
  begin
    insert into shipments (shipment_id, order_id, shipped_at, carrier, tracking_no, status)
    values (shipments_seq.nextval, p_order_id, sysdate, p_carrier, p_tracking_no, 'SHIPPED');
    set_status(p_order_id, 'SHIPPED');
  end ship_order;
end pkg_orders;

/
--------------------------------------------------------
--  DDL for Package Body PKG_LOAD
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "SALES"."PKG_LOAD" as
  g_batch_id number;
  g_rows     pls_integer := 0;

  procedure log_error (p_table in varchar2, p_key in varchar2, p_msg in varchar2) is
    pragma autonomous_transaction;
  begin
    insert into stg.load_errors (error_id, batch_id, table_name, source_key, error_message, created_at)
    values (stg.load_errors_seq.nextval, g_batch_id, p_table, p_key, p_msg, systimestamp);
    commit;
  end log_error;

  procedure load_customers (p_batch_id in number) is
  begin
    g_batch_id := p_batch_id;
    merge into customers c
    using (select r.src_customer_code,
                  nvl(trim(r.customer_name), r.src_customer_code) as customer_name,
                  case upper(r.customer_type) when 'B2B' then 'B2B' when 'GOV' then 'GOV' else 'RETAIL' end as customer_type,
                  lower(trim(r.email)) as email,
                  r.phone,
                  upper(substr(r.country_code, 1, 2)) as country_id,
                  to_number(r.credit_limit default null on conversion error) as credit_limit
             from stg_customers r
            where r.batch_id = p_batch_id) s
       on (c.customer_code = s.src_customer_code)
     when matched then update
          set c.customer_name = s.customer_name,
              c.customer_type = s.customer_type,
              c.email = s.email,
              c.phone = s.phone,
              c.country_id = s.country_id,
              c.credit_limit = nvl(s.credit_limit, c.credit_limit),
              c.updated_at = sysdate
     when not matched then
          insert (customer_id, customer_code, customer_name, customer_type, email, phone, country_id, credit_limit)
          values (customers_seq.nextval, s.src_customer_code, s.customer_name, s.customer_type, s.email, s.phone,
                  s.country_id, nvl(s.credit_limit, 0));
    g_rows := sql%rowcount;
  end load_customers;

  procedure load_products (p_batch_id in number) is
  begin
    g_batch_id := p_batch_id;
    merge into products p
    using (select r.sku,
                  nvl(r.product_name, r.sku) as product_name,
                  c.category_id,
                  to_number(r.list_price) as list_price,
                  to_number(r.unit_cost) as unit_cost,
                  case when upper(r.is_active) in ('Y', 'YES', 'TRUE', '1') then 'Y' else 'N' end as is_active
             from stg.products_raw r
             join product_categories c on upper(c.category_name) = upper(r.category_name)
            where r.batch_id = p_batch_id) s
       on (p.sku = s.sku)
     when matched then update
          set p.product_name = s.product_name,
              p.category_id = s.category_id,
              p.list_price = s.list_price,
              p.unit_cost = s.unit_cost,
              p.is_active = s.is_active,
              p.updated_at = sysdate
     when not matched then
          insert (product_id, sku, product_name, category_id, list_price, unit_cost, is_active)
          values (products_seq.nextval, s.sku, s.product_name, s.category_id, s.list_price, s.unit_cost, s.is_active);
    g_rows := sql%rowcount;
  end load_products;

  procedure load_orders (p_batch_id in number) is
  begin
    g_batch_id := p_batch_id;
    insert into orders (order_id, order_number, customer_id, sales_rep_id, order_date, status,
                        currency_code, order_total, source_system)
    select orders_seq.nextval,
           r.src_order_no,
           c.customer_id,
           to_number(r.sales_rep_id),
           to_date(r.order_date_txt, 'YYYY-MM-DD'),
           upper(nvl(r.status, 'NEW')),
           upper(nvl(r.currency_code, 'USD')),
           to_number(r.order_total),
           'STG'
      from stg_orders r
      join customers c on c.customer_code = r.src_customer_code
     where r.batch_id = p_batch_id
       and not exists (select 1 from orders o where o.order_number = r.src_order_no);
    g_rows := sql%rowcount;
    -- orders of unknown customers go to the error log
    for e in (select r.src_order_no
                from stg_orders r
               where r.batch_id = p_batch_id
                 and not exists (select 1 from customers c where c.customer_code = r.src_customer_code)) loop
      log_error('ORDERS_RAW', e.src_order_no, 'Unknown customer');
    end loop;
  end load_orders;

  procedure load_order_items (p_batch_id in number) is
    type t_item_tab is table of order_items%rowtype;
    l_items t_item_tab;
  begin
    g_batch_id := p_batch_id;
    select o.order_id,
           to_number(r.line_no),
           p.product_id,
           to_number(r.quantity),
           to_number(r.unit_price),
           nvl(to_number(r.discount_pct), 0),
           null
      bulk collect into l_items
      from stg_order_items r
      join orders o on o.order_number = r.src_order_no
      join products p on p.sku = r.sku
     where r.batch_id = p_batch_id;
    forall i in 1 .. l_items.count
      insert into order_items values l_items(i);
    g_rows := l_items.count;
    -- line totals are set by trg_order_items_biu; refresh the order headers of the batch
    update orders o
       set o.order_total = (select nvl(sum(i.line_total), 0) from order_items i where i.order_id = o.order_id),
           o.updated_at = sysdate
     where o.order_number in (select r.src_order_no from stg_order_items r where r.batch_id = p_batch_id);
  end load_order_items;

  procedure run_batch (p_batch_id in number) is
  begin
    load_customers(p_batch_id);
    load_products(p_batch_id);
    load_orders(p_batch_id);
    load_order_items(p_batch_id);
    update stg.load_batches
       set status = 'DONE',
           finished_at = systimestamp
     where batch_id = p_batch_id;
    commit;
  exception
    when others then
      rollback;
      log_error('BATCH', to_char(p_batch_id), sqlerrm);
      raise;
  end run_batch;
end pkg_load;

/
--------------------------------------------------------
--  DDL for Synonym STG_CUSTOMERS
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE SYNONYM "SALES"."STG_CUSTOMERS" FOR "STG"."CUSTOMERS_RAW";
--------------------------------------------------------
--  DDL for Synonym STG_ORDERS
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE SYNONYM "SALES"."STG_ORDERS" FOR "STG"."ORDERS_RAW";
--------------------------------------------------------
--  DDL for Synonym STG_ORDER_ITEMS
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE SYNONYM "SALES"."STG_ORDER_ITEMS" FOR "STG"."ORDER_ITEMS_RAW";
--------------------------------------------------------
--  DDL for Synonym LEGACY_ORDERS
--------------------------------------------------------

  CREATE OR REPLACE EDITIONABLE SYNONYM "SALES"."LEGACY_ORDERS" FOR "ORDERS"@"LEGACY_LINK";
--------------------------------------------------------
--  DDL for DB Link LEGACY_LINK
--------------------------------------------------------

  CREATE DATABASE LINK "LEGACY_LINK"
   CONNECT TO "LEGACY_RO" IDENTIFIED BY VALUES ':1'
   USING 'LEGACY';
--------------------------------------------------------
--  Constraints for Table CUSTOMERS
--------------------------------------------------------

  ALTER TABLE "SALES"."CUSTOMERS" MODIFY ("CUSTOMER_CODE" NOT NULL ENABLE);
  ALTER TABLE "SALES"."CUSTOMERS" MODIFY ("CUSTOMER_NAME" NOT NULL ENABLE);
  ALTER TABLE "SALES"."CUSTOMERS" MODIFY ("CUSTOMER_TYPE" NOT NULL ENABLE);
  ALTER TABLE "SALES"."CUSTOMERS" MODIFY ("STATUS" NOT NULL ENABLE);
  ALTER TABLE "SALES"."CUSTOMERS" MODIFY ("CREATED_AT" NOT NULL ENABLE);
  ALTER TABLE "SALES"."CUSTOMERS" ADD CONSTRAINT "CUSTOMERS_PK" PRIMARY KEY ("CUSTOMER_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
  ALTER TABLE "SALES"."CUSTOMERS" ADD CONSTRAINT "CUSTOMERS_CODE_UK" UNIQUE ("CUSTOMER_CODE")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
  ALTER TABLE "SALES"."CUSTOMERS" ADD CONSTRAINT "CUSTOMERS_TYPE_CK" CHECK (customer_type in ('RETAIL','B2B','GOV')) ENABLE;
--------------------------------------------------------
--  Constraints for Table CUSTOMER_ADDRESSES
--------------------------------------------------------

  ALTER TABLE "SALES"."CUSTOMER_ADDRESSES" MODIFY ("CUSTOMER_ID" NOT NULL ENABLE);
  ALTER TABLE "SALES"."CUSTOMER_ADDRESSES" MODIFY ("ADDRESS_TYPE" NOT NULL ENABLE);
  ALTER TABLE "SALES"."CUSTOMER_ADDRESSES" MODIFY ("LINE1" NOT NULL ENABLE);
  ALTER TABLE "SALES"."CUSTOMER_ADDRESSES" MODIFY ("CITY" NOT NULL ENABLE);
  ALTER TABLE "SALES"."CUSTOMER_ADDRESSES" MODIFY ("COUNTRY_ID" NOT NULL ENABLE);
  ALTER TABLE "SALES"."CUSTOMER_ADDRESSES" MODIFY ("IS_PRIMARY" NOT NULL ENABLE);
  ALTER TABLE "SALES"."CUSTOMER_ADDRESSES" ADD CONSTRAINT "CUSTOMER_ADDRESSES_PK" PRIMARY KEY ("ADDRESS_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
  ALTER TABLE "SALES"."CUSTOMER_ADDRESSES" ADD CONSTRAINT "CUST_ADDR_TYPE_CK" CHECK (address_type in ('BILL','SHIP')) ENABLE;
--------------------------------------------------------
--  Constraints for Table PRODUCT_CATEGORIES
--------------------------------------------------------

  ALTER TABLE "SALES"."PRODUCT_CATEGORIES" MODIFY ("CATEGORY_NAME" NOT NULL ENABLE);
  ALTER TABLE "SALES"."PRODUCT_CATEGORIES" ADD CONSTRAINT "PRODUCT_CATEGORIES_PK" PRIMARY KEY ("CATEGORY_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
--------------------------------------------------------
--  Constraints for Table PRODUCTS
--------------------------------------------------------

  ALTER TABLE "SALES"."PRODUCTS" MODIFY ("SKU" NOT NULL ENABLE);
  ALTER TABLE "SALES"."PRODUCTS" MODIFY ("PRODUCT_NAME" NOT NULL ENABLE);
  ALTER TABLE "SALES"."PRODUCTS" MODIFY ("CATEGORY_ID" NOT NULL ENABLE);
  ALTER TABLE "SALES"."PRODUCTS" MODIFY ("LIST_PRICE" NOT NULL ENABLE);
  ALTER TABLE "SALES"."PRODUCTS" MODIFY ("IS_ACTIVE" NOT NULL ENABLE);
  ALTER TABLE "SALES"."PRODUCTS" ADD CONSTRAINT "PRODUCTS_PK" PRIMARY KEY ("PRODUCT_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
  ALTER TABLE "SALES"."PRODUCTS" ADD CONSTRAINT "PRODUCTS_SKU_UK" UNIQUE ("SKU")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
  ALTER TABLE "SALES"."PRODUCTS" ADD CONSTRAINT "PRODUCTS_PRICE_CK" CHECK (list_price >= 0) ENABLE;
--------------------------------------------------------
--  Constraints for Table TERRITORIES
--------------------------------------------------------

  ALTER TABLE "SALES"."TERRITORIES" MODIFY ("TERRITORY_NAME" NOT NULL ENABLE);
  ALTER TABLE "SALES"."TERRITORIES" ADD CONSTRAINT "TERRITORIES_PK" PRIMARY KEY ("TERRITORY_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
--------------------------------------------------------
--  Constraints for Table SALES_REPS
--------------------------------------------------------

  ALTER TABLE "SALES"."SALES_REPS" MODIFY ("EMPLOYEE_ID" NOT NULL ENABLE);
  ALTER TABLE "SALES"."SALES_REPS" MODIFY ("ACTIVE_FROM" NOT NULL ENABLE);
  ALTER TABLE "SALES"."SALES_REPS" ADD CONSTRAINT "SALES_REPS_PK" PRIMARY KEY ("SALES_REP_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
  ALTER TABLE "SALES"."SALES_REPS" ADD CONSTRAINT "SALES_REPS_EMP_UK" UNIQUE ("EMPLOYEE_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
  ALTER TABLE "SALES"."SALES_REPS" ADD CONSTRAINT "SALES_REPS_RATE_CK" CHECK (commission_rate between 0 and 0.5) ENABLE;
--------------------------------------------------------
--  Constraints for Table ORDERS
--------------------------------------------------------

  ALTER TABLE "SALES"."ORDERS" MODIFY ("ORDER_NUMBER" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDERS" MODIFY ("CUSTOMER_ID" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDERS" MODIFY ("ORDER_DATE" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDERS" MODIFY ("STATUS" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDERS" MODIFY ("CURRENCY_CODE" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDERS" MODIFY ("ORDER_TOTAL" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDERS" MODIFY ("SOURCE_SYSTEM" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDERS" MODIFY ("CREATED_AT" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDERS" ADD CONSTRAINT "ORDERS_PK" PRIMARY KEY ("ORDER_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
  ALTER TABLE "SALES"."ORDERS" ADD CONSTRAINT "ORDERS_NUMBER_UK" UNIQUE ("ORDER_NUMBER")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
  ALTER TABLE "SALES"."ORDERS" ADD CONSTRAINT "ORDERS_STATUS_CK" CHECK (status in ('NEW','CONFIRMED','SHIPPED','DELIVERED','CANCELLED')) ENABLE;
--------------------------------------------------------
--  Constraints for Table ORDER_ITEMS
--------------------------------------------------------

  ALTER TABLE "SALES"."ORDER_ITEMS" MODIFY ("ORDER_ID" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDER_ITEMS" MODIFY ("LINE_NO" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDER_ITEMS" MODIFY ("PRODUCT_ID" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDER_ITEMS" MODIFY ("QUANTITY" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDER_ITEMS" MODIFY ("UNIT_PRICE" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDER_ITEMS" MODIFY ("DISCOUNT_PCT" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDER_ITEMS" ADD CONSTRAINT "ORDER_ITEMS_PK" PRIMARY KEY ("ORDER_ID", "LINE_NO")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
  ALTER TABLE "SALES"."ORDER_ITEMS" ADD CONSTRAINT "ORDER_ITEMS_QTY_CK" CHECK (quantity > 0) ENABLE;
  ALTER TABLE "SALES"."ORDER_ITEMS" ADD CONSTRAINT "ORDER_ITEMS_DISC_CK" CHECK (discount_pct between 0 and 100) ENABLE;
--------------------------------------------------------
--  Constraints for Table ORDER_STATUS_HISTORY
--------------------------------------------------------

  ALTER TABLE "SALES"."ORDER_STATUS_HISTORY" MODIFY ("ORDER_ID" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDER_STATUS_HISTORY" MODIFY ("NEW_STATUS" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDER_STATUS_HISTORY" MODIFY ("CHANGED_BY" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDER_STATUS_HISTORY" MODIFY ("CHANGED_AT" NOT NULL ENABLE);
  ALTER TABLE "SALES"."ORDER_STATUS_HISTORY" ADD CONSTRAINT "ORDER_STATUS_HISTORY_PK" PRIMARY KEY ("HISTORY_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
--------------------------------------------------------
--  Constraints for Table PRICE_CHANGES
--------------------------------------------------------

  ALTER TABLE "SALES"."PRICE_CHANGES" MODIFY ("PRODUCT_ID" NOT NULL ENABLE);
  ALTER TABLE "SALES"."PRICE_CHANGES" MODIFY ("NEW_PRICE" NOT NULL ENABLE);
  ALTER TABLE "SALES"."PRICE_CHANGES" MODIFY ("CHANGED_BY" NOT NULL ENABLE);
  ALTER TABLE "SALES"."PRICE_CHANGES" MODIFY ("CHANGED_AT" NOT NULL ENABLE);
  ALTER TABLE "SALES"."PRICE_CHANGES" ADD CONSTRAINT "PRICE_CHANGES_PK" PRIMARY KEY ("CHANGE_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
--------------------------------------------------------
--  Constraints for Table SHIPMENTS
--------------------------------------------------------

  ALTER TABLE "SALES"."SHIPMENTS" MODIFY ("ORDER_ID" NOT NULL ENABLE);
  ALTER TABLE "SALES"."SHIPMENTS" MODIFY ("STATUS" NOT NULL ENABLE);
  ALTER TABLE "SALES"."SHIPMENTS" ADD CONSTRAINT "SHIPMENTS_PK" PRIMARY KEY ("SHIPMENT_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "USERS"  ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table CUSTOMERS
--------------------------------------------------------

  ALTER TABLE "SALES"."CUSTOMERS" ADD CONSTRAINT "CUSTOMERS_REP_FK" FOREIGN KEY ("SALES_REP_ID")
	  REFERENCES "SALES"."SALES_REPS" ("SALES_REP_ID") ENABLE;
  ALTER TABLE "SALES"."CUSTOMERS" ADD CONSTRAINT "CUSTOMERS_COUNTRY_FK" FOREIGN KEY ("COUNTRY_ID")
	  REFERENCES "HR"."COUNTRIES" ("COUNTRY_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table CUSTOMER_ADDRESSES
--------------------------------------------------------

  ALTER TABLE "SALES"."CUSTOMER_ADDRESSES" ADD CONSTRAINT "CUST_ADDR_CUST_FK" FOREIGN KEY ("CUSTOMER_ID")
	  REFERENCES "SALES"."CUSTOMERS" ("CUSTOMER_ID") ON DELETE CASCADE ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table PRODUCT_CATEGORIES
--------------------------------------------------------

  ALTER TABLE "SALES"."PRODUCT_CATEGORIES" ADD CONSTRAINT "PROD_CAT_PARENT_FK" FOREIGN KEY ("PARENT_CATEGORY_ID")
	  REFERENCES "SALES"."PRODUCT_CATEGORIES" ("CATEGORY_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table PRODUCTS
--------------------------------------------------------

  ALTER TABLE "SALES"."PRODUCTS" ADD CONSTRAINT "PRODUCTS_CAT_FK" FOREIGN KEY ("CATEGORY_ID")
	  REFERENCES "SALES"."PRODUCT_CATEGORIES" ("CATEGORY_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table TERRITORIES
--------------------------------------------------------

  ALTER TABLE "SALES"."TERRITORIES" ADD CONSTRAINT "TERRITORIES_REGION_FK" FOREIGN KEY ("REGION_ID")
	  REFERENCES "HR"."REGIONS" ("REGION_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table SALES_REPS
--------------------------------------------------------

  ALTER TABLE "SALES"."SALES_REPS" ADD CONSTRAINT "SALES_REPS_EMP_FK" FOREIGN KEY ("EMPLOYEE_ID")
	  REFERENCES "HR"."EMPLOYEES" ("EMPLOYEE_ID") ENABLE;
  ALTER TABLE "SALES"."SALES_REPS" ADD CONSTRAINT "SALES_REPS_TERR_FK" FOREIGN KEY ("TERRITORY_ID")
	  REFERENCES "SALES"."TERRITORIES" ("TERRITORY_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table ORDERS
--------------------------------------------------------

  ALTER TABLE "SALES"."ORDERS" ADD CONSTRAINT "ORDERS_CUST_FK" FOREIGN KEY ("CUSTOMER_ID")
	  REFERENCES "SALES"."CUSTOMERS" ("CUSTOMER_ID") ENABLE;
  ALTER TABLE "SALES"."ORDERS" ADD CONSTRAINT "ORDERS_REP_FK" FOREIGN KEY ("SALES_REP_ID")
	  REFERENCES "SALES"."SALES_REPS" ("SALES_REP_ID") ENABLE;
  ALTER TABLE "SALES"."ORDERS" ADD CONSTRAINT "ORDERS_SHIP_ADDR_FK" FOREIGN KEY ("SHIP_ADDRESS_ID")
	  REFERENCES "SALES"."CUSTOMER_ADDRESSES" ("ADDRESS_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table ORDER_ITEMS
--------------------------------------------------------

  ALTER TABLE "SALES"."ORDER_ITEMS" ADD CONSTRAINT "ORDER_ITEMS_ORDER_FK" FOREIGN KEY ("ORDER_ID")
	  REFERENCES "SALES"."ORDERS" ("ORDER_ID") ON DELETE CASCADE ENABLE;
  ALTER TABLE "SALES"."ORDER_ITEMS" ADD CONSTRAINT "ORDER_ITEMS_PROD_FK" FOREIGN KEY ("PRODUCT_ID")
	  REFERENCES "SALES"."PRODUCTS" ("PRODUCT_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table ORDER_STATUS_HISTORY
--------------------------------------------------------

  ALTER TABLE "SALES"."ORDER_STATUS_HISTORY" ADD CONSTRAINT "ORDER_STATUS_HIST_ORDER_FK" FOREIGN KEY ("ORDER_ID")
	  REFERENCES "SALES"."ORDERS" ("ORDER_ID") ON DELETE CASCADE ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table PRICE_CHANGES
--------------------------------------------------------

  ALTER TABLE "SALES"."PRICE_CHANGES" ADD CONSTRAINT "PRICE_CHANGES_PROD_FK" FOREIGN KEY ("PRODUCT_ID")
	  REFERENCES "SALES"."PRODUCTS" ("PRODUCT_ID") ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table SHIPMENTS
--------------------------------------------------------

  ALTER TABLE "SALES"."SHIPMENTS" ADD CONSTRAINT "SHIPMENTS_ORDER_FK" FOREIGN KEY ("ORDER_ID")
	  REFERENCES "SALES"."ORDERS" ("ORDER_ID") ENABLE;
--------------------------------------------------------
--  Grants
--------------------------------------------------------

  GRANT SELECT ON "SALES"."ORDERS" TO "FIN";
  GRANT REFERENCES ON "SALES"."ORDERS" TO "FIN";
  GRANT SELECT ON "SALES"."CUSTOMERS" TO "FIN";
  GRANT REFERENCES ON "SALES"."CUSTOMERS" TO "FIN";
  GRANT SELECT ON "SALES"."CUSTOMERS" TO "APP_OWNER";
  GRANT SELECT ON "SALES"."CUSTOMERS" TO "DWH";
  GRANT SELECT ON "SALES"."SALES_REPS" TO "DWH";
  GRANT EXECUTE ON "SALES"."PKG_ORDERS" TO "APP_OWNER";
