
  CREATE OR REPLACE EDITIONABLE FUNCTION "APP_OWNER"."GET_SETTING" (p_key IN VARCHAR2, p_default IN VARCHAR2 DEFAULT NULL)
  RETURN VARCHAR2
  RESULT_CACHE
IS
  l_value "AppSettings"."SettingValue"%TYPE;
BEGIN
  SELECT s."SettingValue"
    INTO l_value
    FROM "AppSettings" s
   WHERE s."SettingKey" = p_key;
  RETURN NVL(l_value, p_default);
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    RETURN p_default;
END get_setting;
/
