/**
 * Does a line sound like an error? Used to tell text we cannot place
 * (UNKNOWN) from healthy output we simply do not parse (no finding), and to
 * notice output glued to a typed command. Error words in the display
 * languages Windows, PowerShell and bash speak (the notions microsoft/WSL's
 * localized resources word in each language: error, failed, not found, not
 * recognized, denied, invalid), plus what never translates: an HRESULT or a
 * Wsl/... error path.
 */
export const ERRORISH = new RegExp(
  [
    // English, then the same few notions in the display languages Windows, PowerShell and bash speak
    // (words taken from how microsoft/WSL's localized resources and shells word them, not whole sentences).
    String.raw`\b(?:error|errors|failed|failure|fatal|cannot|can't|could not|couldn't|unable|denied|not found|missing|invalid|refused|timed? ?out|not recognized|unrecognized|not supported|panic|abort(?:ed)?|exploded|crash(?:ed)?|restricted by|(?:is|was|been) blocked|blocked by|EOF|timeout|proxyconnect|dial tcp|no such host|connection reset)\b`,
    String.raw`错误|錯誤|失败|失敗|无法|無法|拒绝|拒否|未找到|找不到|不是内部或外部命令|無効|无效|エラー|見つかりません|認識されていません|できません|오류|실패|찾을 수 없`,
    String.raw`Fehler|fehlgeschlagen|nicht gefunden|nicht erkannt|nicht als Name|ungültig|verweigert|erreur|échec|échoué|introuvable|n'est pas reconnu|non valide|refusé|errore|non riuscit|non trovato|erro\b|falhou|falló|não (?:é|foi) (?:reconhecido|encontrado)|no se (?:reconoce|encontr)|inválid|ошибк|не удалось|не найден|не является|отказано|недопустим|błąd|nie powiodło|nie można|hata|başarısız|chyba|fout|mislukt|hiba|sikertelen|virhe|epäonnistui|feil|fejl|mislyktes|\bfel\b|misslyckades|σφάλμα|απέτυχε|selhal`,
    // An HRESULT or a Wsl/... error path is an error in every language; so is a PowerShell error record,
    // whose property names (CategoryInfo, FullyQualifiedErrorId) are never translated.
    String.raw`\b0x8[0-9a-f]{7}\b|\bWsl\/[A-Za-z]+\/|\bFullyQualifiedErrorId\b|\bCategoryInfo\s*:`,
  ].join('|'),
  'i',
);
