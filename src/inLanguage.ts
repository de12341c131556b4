/**
 * Our API messages are written `中文 / English`, one line for both readers of the API (the website, operators);
 * the admin shows its reader's half. The English half never holds " / ", so the last one splits them.
 */
const HAN = /[\u3400-\u9fff]/

export function inLanguage(message: string, language: string): string {
  const at = message.lastIndexOf(' / ')
  if (at < 0) return message
  const [zh, en] = [message.slice(0, at), message.slice(at + 3)]
  // Not one of ours (a Chinese half after the split, or none before it): shown as it is.
  if (!HAN.test(zh) || HAN.test(en.replace(/“[^”]*”|‘[^’]*’/g, ''))) return message
  return language === 'zh' ? zh : en
}
