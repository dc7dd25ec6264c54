/**
 * Spoken steps with the Web Speech API. iOS only speaks from a user gesture, so speaking starts from a tap; the
 * voice list may be empty until `voiceschanged`, so we wait for it (briefly) before deciding there is no
 * Chinese voice.
 */
export type VoiceResult = 'spoken' | 'no-api' | 'no-chinese-voice';

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

export function pickChinese(list: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const norm = (l: string) => l.replace('_', '-').toLowerCase();
  return list.find((v) => norm(v.lang) === 'zh-cn') ?? list.find((v) => norm(v.lang).startsWith('zh'));
}

/** Speaks each text as its own utterance, in order. */
export async function speak(texts: string[]): Promise<VoiceResult> {
  const synth = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return 'no-api';
  synth.cancel();
  const voice = pickChinese(await voices(synth));
  if (!voice) return 'no-chinese-voice';
  for (const t of texts) {
    const u = new SpeechSynthesisUtterance(t);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.95;
    synth.speak(u);
  }
  return 'spoken';
}
