/** The route part of the sheet: where to, how far, the steps, and voice (started by a tap, as iOS requires). */
import { routePrompts } from '../nav/instructions';
import type { Actions, App } from './app';
import { clear, h } from './dom';
import { fill } from './strings';
import { speak } from './voice';
import { roundMetres } from './words';

export class RoutePanel {
  constructor(
    private readonly app: App,
    private readonly act: Actions,
    private readonly box: HTMLElement,
    /** Read by screen readers: what was spoken, or why nothing was. */
    private readonly live: HTMLElement,
  ) {}

  render(): void {
    const { app, box } = this;
    const { state } = app;
    clear(box);
    const { dest, route } = state;
    const t = app.T();
    if (!dest) return;
    box.append(h('p', { class: 'summary' }, `${t.to}${app.nameOf(dest)}`));
    if (!state.from) {
      box.append(h('p', { class: 'msg' }, t.needFrom));
      return;
    }
    if (!route) {
      box.append(h('p', { class: 'msg err', id: 'unreachable' }, state.accessible ? t.noRouteWheelchair : t.noRoute));
      return;
    }
    const metres = roundMetres(route.length);
    box.append(h('p', { class: 'summary' }, `${fill(t.about, { m: metres })}${state.accessible ? ` · ${t.accessibleRoute}` : ''}`));
    const speakBtn = h('button', { type: 'button', id: 'speak' }, t.speak);
    const repeatBtn = h('button', { type: 'button', id: 'repeat' }, t.repeat);
    const clearBtn = h('button', { type: 'button', id: 'clear' }, t.clear);
    speakBtn.addEventListener('click', () => this.say(routePrompts(state.steps, state.lang)));
    repeatBtn.addEventListener('click', () => this.say(state.spoken.length ? state.spoken : routePrompts(state.steps, state.lang)));
    clearBtn.addEventListener('click', () => {
      state.dest = undefined;
      this.act.recompute();
    });
    box.append(h('div', { class: 'actions' }, speakBtn, repeatBtn, clearBtn));
    if (state.voiceMsg) box.append(h('p', { class: 'msg', id: 'voice-msg' }, state.voiceMsg));
    const steps = state.steps.map((st) => {
      const li = h('li', { 'data-floor': st.floorId, 'data-kind': st.kind }, app.en() ? st.en : st.zh);
      li.addEventListener('click', () => {
        // Show the floor the step is on, then say it.
        const fi = app.floorIndex(st.floorId);
        if (fi >= 0 && fi !== state.floor) this.act.showFloor(fi);
        void this.say(st.prompts.map((p) => p[state.lang]));
      });
      return li;
    });
    box.append(h('ol', { class: 'steps', id: 'steps' }, ...steps));
  }

  private async say(texts: string[]): Promise<void> {
    const { app } = this;
    const { state } = app;
    state.spoken = texts;
    const r = await speak(texts, state.lang);
    state.voiceMsg = r === 'spoken' ? '' : r === 'no-api' ? app.T().noSpeechApi : app.T().noVoice;
    this.live.textContent = r === 'spoken' ? texts.join(app.en() ? '. ' : '。') : state.voiceMsg;
    this.render();
  }
}
