-- case: pkg_segments_function_in_merge_nested_record_fetch_from_dynamic_cursor
-- sources: SALES.ORDERS, CRM.CUSTOMERS, MKT.PROFILE_QUEUE, MKT.CUSTOMER_SEGMENTS
-- targets: MKT.CUSTOMER_SEGMENTS, MKT.CUSTOMER_PROFILES, MKT.PROFILE_QUEUE
-- columns: SALES.ORDERS.CUSTOMER_ID -> MKT.CUSTOMER_SEGMENTS.CUSTOMER_ID
-- columns: SALES.ORDERS.NET_AMOUNT -> MKT.CUSTOMER_SEGMENTS.SEGMENT_CODE, SALES.ORDERS.ORDER_DATE -> MKT.CUSTOMER_SEGMENTS.SEGMENT_CODE
-- columns: SALES.ORDERS.NET_AMOUNT -> MKT.CUSTOMER_SEGMENTS.REVENUE_12M
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> MKT.CUSTOMER_PROFILES.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.COUNTRY_CODE -> MKT.CUSTOMER_PROFILES.COUNTRY_CODE
-- columns: SALES.ORDERS.NET_AMOUNT -> MKT.CUSTOMER_PROFILES.REVENUE
-- columns: SALES.ORDERS.ORDER_DATE -> MKT.CUSTOMER_PROFILES.LAST_ORDER
-- columns: SALES.ORDERS.NET_AMOUNT -> MKT.CUSTOMER_PROFILES.SEGMENT_CODE, SALES.ORDERS.ORDER_DATE -> MKT.CUSTOMER_PROFILES.SEGMENT_CODE
-- indirect: MKT.CUSTOMER_SEGMENTS.CUSTOMER_ID, MKT.CUSTOMER_SEGMENTS.OPTED_OUT, MKT.PROFILE_QUEUE.CUSTOMER_ID
-- indirect: MKT.PROFILE_QUEUE.STATUS, MKT.CUSTOMER_SEGMENTS.SEGMENT_CODE
-- diagnostics: none
CREATE OR REPLACE PACKAGE BODY mkt.pkg_segments AS

  TYPE t_metrics IS RECORD (
    orders      NUMBER,
    revenue     NUMBER,
    last_order  DATE
  );

  TYPE t_profile IS RECORD (
    customer_id NUMBER,
    country     VARCHAR2(2),
    metrics     t_metrics
  );

  FUNCTION segment_of (p_orders IN NUMBER, p_revenue IN NUMBER, p_last IN DATE)
    RETURN VARCHAR2 DETERMINISTIC IS
  BEGIN
    RETURN CASE
             WHEN p_last < ADD_MONTHS(SYSDATE, -12)    THEN 'LAPSED'
             WHEN p_revenue >= 5000 OR p_orders >= 20  THEN 'VIP'
             WHEN p_orders >= 3                        THEN 'REGULAR'
             ELSE 'OCCASIONAL'
           END;
  END segment_of;

  PROCEDURE refresh_segments IS
  BEGIN
    MERGE INTO mkt.customer_segments t
    USING (SELECT o.customer_id,
                  segment_of(COUNT(*), SUM(o.net_amount), MAX(o.order_date)) AS segment_code,
                  SUM(o.net_amount)                                          AS revenue_12m
             FROM sales.orders o
            WHERE o.order_date >= ADD_MONTHS(TRUNC(SYSDATE), -24)
            GROUP BY o.customer_id) s
       ON (t.customer_id = s.customer_id)
     WHEN MATCHED THEN UPDATE
          SET t.segment_code = s.segment_code,
              t.revenue_12m  = s.revenue_12m,
              t.updated_at   = SYSDATE
          DELETE WHERE t.opted_out = 'Y'
     WHEN NOT MATCHED THEN INSERT (customer_id, segment_code, revenue_12m, updated_at)
          VALUES (s.customer_id, s.segment_code, s.revenue_12m, SYSDATE);
    COMMIT;
  END refresh_segments;

  PROCEDURE build_profile (p_customer_id IN NUMBER) IS
    l_prof t_profile;
    c_dyn  SYS_REFCURSOR;
  BEGIN
    SELECT c.customer_id, c.country_code
      INTO l_prof.customer_id, l_prof.country
      FROM crm.customers c
     WHERE c.customer_id = p_customer_id;

    OPEN c_dyn FOR 'SELECT COUNT(*), SUM(o.net_amount), MAX(o.order_date) '
                || 'FROM sales.orders o WHERE o.customer_id = :cid'
      USING p_customer_id;
    FETCH c_dyn INTO l_prof.metrics;
    CLOSE c_dyn;

    INSERT INTO mkt.customer_profiles
           (customer_id, country_code, orders, revenue, last_order, segment_code, built_at)
    VALUES (l_prof.customer_id,
            l_prof.country,
            l_prof.metrics.orders,
            l_prof.metrics.revenue,
            l_prof.metrics.last_order,
            segment_of(l_prof.metrics.orders, l_prof.metrics.revenue, l_prof.metrics.last_order),
            SYSDATE);
  END build_profile;

  PROCEDURE build_profiles_for_segment (p_segment IN VARCHAR2) IS

    PROCEDURE mark_done (p_id IN NUMBER) IS
    BEGIN
      UPDATE mkt.profile_queue q
         SET q.status = 'DONE', q.done_at = SYSDATE
       WHERE q.customer_id = p_id;
    END mark_done;

  BEGIN
    FOR r IN (SELECT q.customer_id
                FROM mkt.profile_queue q
                JOIN mkt.customer_segments s ON s.customer_id = q.customer_id
               WHERE q.status = 'PENDING'
                 AND s.segment_code = p_segment)
    LOOP
      build_profile(r.customer_id);
      mark_done(r.customer_id);
    END LOOP;
    COMMIT;
  END build_profiles_for_segment;

END pkg_segments;
/

