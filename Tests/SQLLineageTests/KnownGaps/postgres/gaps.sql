-- case: writable_ctes_delete_returning_archive_insert_returning_update_from_and_token_revocation
-- sources: app.sessions, archive.sessions, app.api_tokens
-- targets: archive.sessions, app.users, app.api_tokens, audit.token_revocations
-- effects: delete app.sessions
-- columns: app.sessions.session_id -> archive.sessions.session_id
-- columns: app.sessions.user_id -> archive.sessions.user_id
-- columns: app.sessions.created_at -> archive.sessions.created_at
-- columns: app.sessions.last_seen_at -> archive.sessions.last_seen_at
-- columns: app.sessions.user_agent -> archive.sessions.user_agent
-- columns: app.sessions.ip_address -> archive.sessions.ip_address
-- columns: app.api_tokens.token_id -> audit.token_revocations.token_id
-- columns: app.api_tokens.user_id -> audit.token_revocations.user_id
-- columns: app.api_tokens.scopes -> audit.token_revocations.scopes
-- indirect: archive.sessions.user_id, app.users.user_id, app.api_tokens.expires_at, app.api_tokens.revoked
-- diagnostics: none
-- nightly housekeeping: expire sessions, revoke tokens
WITH expired AS (
    DELETE FROM app.sessions s
     WHERE s.last_seen_at < now() - interval '30 days'
    RETURNING s.session_id, s.user_id, s.created_at, s.last_seen_at, s.user_agent, s.ip_address
), archived AS (
    INSERT INTO archive.sessions (session_id, user_id, created_at, last_seen_at, user_agent, ip_address, archived_at)
    SELECT e.session_id, e.user_id, e.created_at, e.last_seen_at, e.user_agent, e.ip_address, now()
      FROM expired e
    RETURNING session_id, user_id
), per_user AS (
    SELECT a.user_id, count(*) AS n
      FROM archived a
     GROUP BY a.user_id
)
UPDATE app.users u
   SET active_sessions = greatest(u.active_sessions - p.n, 0),
       last_cleanup_at = now()
  FROM per_user p
 WHERE p.user_id = u.user_id;

WITH stale AS (
    UPDATE app.api_tokens t
       SET revoked = true,
           revoked_at = now()
     WHERE t.expires_at < now()
       AND NOT t.revoked
    RETURNING t.token_id, t.user_id, t.scopes
)
INSERT INTO audit.token_revocations (token_id, user_id, scopes, reason, revoked_at)
SELECT s.token_id, s.user_id, s.scopes, 'expired', now()
  FROM stale s;

VACUUM (ANALYZE) app.sessions;

