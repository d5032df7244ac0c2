"""The admin API's service layer: who the staff are (``staff``), their keys (``keys``), the audit
log (``audit``), the directory of accounts they read (``directory``) and what they may do to an
account (``actions``). The admin endpoint and the operator's CLI call the same functions."""
