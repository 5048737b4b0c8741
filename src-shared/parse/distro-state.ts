import type { KnownDistroState } from './types';

/**
 * `wsl -l -v` states. Recent WSL prints them in English everywhere we have
 * samples, but older builds translated them; map the translations we know
 * and keep any other word as printed (never guess).
 */
const STATES: Record<KnownDistroState, readonly string[]> = {
  Running: ['running', '正在运行', '运行中', '執行中', '実行中', 'wird ausgeführt', "en cours d'exécution", 'en ejecución', 'em execução', 'in esecuzione', 'выполняется', 'работает', 'uruchomiona', 'uruchomione', '실행 중'],
  Stopped: ['stopped', '已停止', '已停用', '停止', 'beendet', 'angehalten', 'arrêté', 'arrêtée', 'detenido', 'parado', 'interrotto', 'arrestato', 'остановлено', 'остановлен', 'zatrzymana', 'zatrzymane', '중지됨'],
  Installing: ['installing', '正在安装', '安装中', '安裝中', 'インストール中', 'wird installiert', "en cours d'installation", 'instalando', 'installazione', 'устанавливается', 'instalowanie', '설치 중'],
  Converting: ['converting', '正在转换', '转换中', '轉換中', '変換中', 'wird konvertiert', 'en cours de conversion', 'convirtiendo', 'convertendo', 'conversione', 'преобразуется', 'konwertowanie', '변환 중'],
  Uninstalling: ['uninstalling', '正在卸载', '卸载中', '解除安裝中', 'アンインストール中', 'wird deinstalliert', 'en cours de désinstallation', 'desinstalando', 'disinstallazione', 'удаляется', 'odinstalowywanie', '제거 중'],
};

export function normaliseState(word: string): KnownDistroState | string {
  const w = word.trim().toLowerCase();
  for (const [state, words] of Object.entries(STATES) as [KnownDistroState, readonly string[]][]) {
    if (words.includes(w)) return state;
  }
  return word.trim();
}
