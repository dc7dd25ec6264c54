/**
 * Spoken steps with the Web Speech API, in Chinese or English. iOS only speaks from a user gesture, so speaking
 * starts from a tap; the voice list may be empty until `voiceschanged`, so we wait for it (briefly) before deciding
 * the phone has no voice for the language — then the page says so and the text steps stay the guide.
 */
import type { Lang } from './strings';

export type VoiceResult = 'spoken' | 'no-api' | 'no-voice';

function voices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(t);
      resolve(synth.getVoices());
    };
    const t = setTimeout(done, 1500);
    synth.addEventListener('voiceschanged', done);
  });
}

/** The best voice for the language: zh-CN before other Chinese; en-GB/en-US before other English. */
export function pickVoice(list: SpeechSynthesisVoice[], lang: Lang): SpeechSynthesisVoice | undefined {
  const norm = (l: string) => l.replace('_', '-').toLowerCase();
  if (lang === 'zh') return list.find((v) => norm(v.lang) === 'zh-cn') ?? list.find((v) => norm(v.lang).startsWith('zh'));
  return list.find((v) => norm(v.lang) === 'en-gb' || norm(v.lang) === 'en-us') ?? list.find((v) => norm(v.lang).startsWith('en'));
}

/** Speaks each text as its own utterance, in order. */
export async function speak(texts: string[], lang: Lang): Promise<VoiceResult> {
  const synth = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return 'no-api';
  synth.cancel();
  const voice = pickVoice(await voices(synth), lang);
  if (!voice) return 'no-voice';
  for (const t of texts) {
    const u = new SpeechSynthesisUtterance(t);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.95;
    synth.speak(u);
  }
  return 'spoken';
}
