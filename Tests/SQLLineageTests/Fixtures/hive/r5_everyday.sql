-- case: insert_overwrite_partition
-- indirect: raw.clicks.dt
-- sources: raw.clicks
-- targets: dw.clicks
-- columns: raw.clicks.user_id -> dw.clicks.user_id, raw.clicks.url -> dw.clicks.url
INSERT OVERWRITE TABLE dw.clicks PARTITION (dt = '2024-01-01')
SELECT user_id, url FROM raw.clicks WHERE dt = '2024-01-01';

-- case: lateral_view_explode
-- diagnostics: none
-- sources: raw.users
-- targets: dw.user_tags
-- columns: raw.users.id -> dw.user_tags.user_id, raw.users.tags -> dw.user_tags.tag
INSERT INTO TABLE dw.user_tags
SELECT u.id AS user_id, t.tag
  FROM raw.users u
  LATERAL VIEW explode(u.tags) t AS tag;

-- case: ctas_stored_as_orc
-- sources: dw.clicks
-- targets: rpt.url_counts
-- columns: dw.clicks.url -> rpt.url_counts.url, dw.clicks.user_id -> rpt.url_counts.users
CREATE TABLE rpt.url_counts STORED AS ORC AS
SELECT url, COUNT(DISTINCT user_id) AS users FROM dw.clicks GROUP BY url;

-- case: from_first_multi_insert
-- indirect: raw.events.kind
-- sources: raw.events
-- targets: dw.logins, dw.logouts
-- columns: raw.events.user_id -> dw.logins.user_id, raw.events.ts -> dw.logins.ts
-- columns: raw.events.user_id -> dw.logouts.user_id, raw.events.ts -> dw.logouts.ts
FROM raw.events e
INSERT OVERWRITE TABLE dw.logins SELECT e.user_id, e.ts WHERE e.kind = 'login'
INSERT OVERWRITE TABLE dw.logouts SELECT e.user_id, e.ts WHERE e.kind = 'logout';
