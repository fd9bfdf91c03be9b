import type { Mention } from '../model/document.js';

/** Platforms whose name is mostly a modifier of their content in reporting ("a Russian Telegram channel"). */
const PLATFORMS: ReadonlySet<string> = new Set(['Telegram', 'VKontakte', 'Twitter', 'YouTube', 'Facebook', 'TikTok', 'Instagram', 'WhatsApp']);
/** Nouns of a platform's content: the platform's name before them names no organization. */
const CONTENT = /^\s+(?:channels?|accounts?|posts?|users?|pages?|groups?|chats?|bloggers?|milbloggers?|videos?|footage)\b/i;

/**
 * The mentions without a platform's name used as a modifier ("pro-Russian Telegram channels reported"): the
 * guidelines annotate a channel with a name, not the platform it runs on. Looks at the few characters after
 * each mention of a platform's name only.
 */
export function withoutPlatformModifiers(text: string, mentions: Mention[]): Mention[] {
  let drop: Set<Mention> | undefined;
  for (const m of mentions) {
    if (m.type !== 'Organization' || !PLATFORMS.has(m.text) || !CONTENT.test(text.slice(m.end, m.end + 14))) continue;
    (drop ??= new Set()).add(m);
  }
  return drop ? mentions.filter((m) => !drop!.has(m)) : mentions;
}
