/**
 * The sign faces in 3D with their text: all texts are drawn into one canvas atlas with the system CJK font
 * (no network fonts) and all faces are one merged mesh, so the signs cost one draw call whatever their count.
 */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { ElementOf } from '../core/kinds/registry';
import { doubleSided } from '../core/kinds/sign/face';
import { fitScale, shelfPack } from './atlas-layout';

const FONT_STACK = '"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif';
const ROW_H = 48;
const ATLAS_W = 2048;
const PANEL_H = 0.4;

export interface SignTextPanelsProps {
  /** The signs (one floor). */
  signs: ElementOf<'sign'>[];
  /** Floor elevation. */
  elevation: number;
  /** Text language, default zh-CN (falls back to the other language when empty). */
  locale?: 'zh-CN' | 'en';
  /** Opacity, default 1. */
  opacity?: number;
}

export function SignTextPanels({ signs, elevation, locale = 'zh-CN', opacity = 1 }: SignTextPanelsProps) {
  const built = useMemo(() => {
    const shown = signs.map((s) => ({ s, text: ((locale === 'en' ? s.text.en || s.text.zh : s.text.zh || s.text.en) || s.name || '').slice(0, 60) })).filter((x) => x.text);
    if (!shown.length || typeof document === 'undefined') return null;
    // each cell has the panel's aspect, so the text is never stretched
    const { cells, height } = shelfPack(
      shown.map(({ s }) => ROW_H * (s.width / PANEL_H)),
      ROW_H,
      ATLAS_W,
    );
    const canvas = document.createElement('canvas');
    canvas.width = ATLAS_W;
    canvas.height = Math.max(ROW_H, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const pos: number[] = [];
    const uv: number[] = [];
    const H = canvas.height;
    shown.forEach(({ s, text }, i) => {
      const c = cells[i];
      ctx.fillStyle = s.electronic ? '#1e3a8a' : '#065f46';
      ctx.fillRect(c.x, c.y, c.w, c.h);
      ctx.font = `600 30px ${FONT_STACK}`;
      const k = fitScale(ctx.measureText(text).width, c.w, 4);
      ctx.font = `600 ${Math.max(6, Math.floor(30 * k))}px ${FONT_STACK}`;
      ctx.fillStyle = '#ffffff';
      ctx.fillText(text, c.x + c.w / 2, c.y + c.h / 2, c.w - 4);
      // uv: canvas y grows down, texture v up (flipY)
      const u0 = c.x / ATLAS_W;
      const u1 = (c.x + c.w) / ATLAS_W;
      const v1 = 1 - c.y / H;
      const v0 = 1 - (c.y + c.h) / H;
      const r = (s.rotation * Math.PI) / 180;
      const ux = Math.cos(r);
      const uy = Math.sin(r);
      const nx = -uy;
      const ny = ux;
      const yc = elevation + s.mountHeight;
      // faces just off the panel box (0.12 m deep), each reading left to right from its side: a board only on its
      // face, a hanging sign on both (core/kinds/sign/face), so the 3D view shows what the checks read
      for (const side of doubleSided(s.signKind) ? [1, -1] : [1]) {
        // side +1 is the panel's −n face, wound so its normal points away from the panel
        const ox = s.position[0] - nx * 0.065 * side;
        const oy = s.position[1] - ny * 0.065 * side;
        const hw = (s.width / 2) * side;
        const L = [ox - ux * hw, oy - uy * hw];
        const R = [ox + ux * hw, oy + uy * hw];
        const P = (p: number[], y: number) => [p[0], y, -p[1]];
        const bl = P(L, yc - PANEL_H / 2);
        const br = P(R, yc - PANEL_H / 2);
        const tr = P(R, yc + PANEL_H / 2);
        const tl = P(L, yc + PANEL_H / 2);
        pos.push(...bl, ...br, ...tr, ...bl, ...tr, ...tl);
        uv.push(u0, v0, u1, v0, u1, v1, u0, v0, u1, v1, u0, v1);
      }
    });
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
    geometry.setAttribute('uv', new THREE.Float32BufferAttribute(uv, 2));
    const texture = new THREE.CanvasTexture(canvas);
    texture.colorSpace = THREE.SRGBColorSpace;
    texture.anisotropy = 4;
    return { geometry, texture };
  }, [signs, elevation, locale]);
  useEffect(
    () => () => {
      built?.geometry.dispose();
      built?.texture.dispose();
    },
    [built],
  );
  if (!built) return null;
  return (
    <mesh geometry={built.geometry} frustumCulled={false}>
      <meshBasicMaterial map={built.texture} transparent={opacity < 1} opacity={opacity} side={THREE.FrontSide} />
    </mesh>
  );
}
