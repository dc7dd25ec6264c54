/**
 * A drag's still frame: the scene without what moves, drawn once into a render target with its depth, then copied
 * to the canvas on every frame of the drag (colour and depth, one full-screen triangle) before the moving elements
 * and overlays are drawn over it. Software WebGL pays per pixel drawn: a big hall's plan costs a frame tens of
 * milliseconds, a copy of it a few; the moving seat still hides behind a wall, since the copy writes the depth the
 * wall left.
 *
 * The copy must be the picture a normal frame draws, byte for byte. three.js draws into a render target in linear
 * colour without tone mapping; a target flagged as an XR target is drawn like the canvas instead (tone mapping and
 * the output colour space applied in the shader, blending on the encoded values, as on the canvas), and an explicit
 * 8-bit internal format keeps the GPU from encoding it a second time.
 */
import * as THREE from 'three';

/** The canvas's size and the camera's two matrices lead the signature. */
const CAMERA_NUMBERS = 2 + 16 + 16;

/** Relative change of a camera matrix entry below which the camera has not moved (far below a pixel). */
const CAMERA_EPSILON = 1e-9;

/** What the scene's static part looked like when the still frame was drawn: any change there calls for a new one. */
export class SceneSignature {
  private last: number[] = [];
  private next: number[] = [];

  /** True when `roots` and the camera draw the same picture as at the last call that returned false (or never ran). */
  same(roots: readonly THREE.Object3D[], camera: THREE.Camera, width: number, height: number): boolean {
    const out = this.next;
    out.length = 0;
    out.push(width, height, ...camera.projectionMatrix.elements, ...camera.matrixWorldInverse.elements);
    for (const r of roots) collect(r, out);
    const prev = this.last;
    let same = prev.length === out.length;
    // The camera's matrices are recomputed every frame (the controls' update), with rounding noise of 1e-16.
    for (let i = 0; same && i < CAMERA_NUMBERS; i++) same = Math.abs(prev[i] - out[i]) <= CAMERA_EPSILON * Math.max(1, Math.abs(out[i]));
    for (let i = CAMERA_NUMBERS; same && i < out.length; i++) same = prev[i] === out[i];
    this.next = prev;
    this.last = out;
    return same;
  }

  /** Forgets the picture: the next call answers false. */
  reset(): void {
    this.last.length = 0;
  }
}

/** The numbers that decide how `o` and its subtree are drawn (those the renderer reads and a change can move). */
function collect(o: THREE.Object3D, out: number[]): void {
  // A camera draws nothing: the signature's head holds the one that draws.
  if ((o as THREE.Camera).isCamera) return;
  out.push(o.id, o.visible ? 1 : 0, o.renderOrder, o.children.length);
  if (!o.visible) return;
  for (const x of o.matrixWorld.elements) out.push(x);
  const m = o as Partial<THREE.Mesh & THREE.InstancedMesh & THREE.Light>;
  if (m.geometry) geometryNumbers(m.geometry, out);
  if (m.material) for (const mat of Array.isArray(m.material) ? m.material : [m.material]) materialNumbers(mat, out);
  if (m.isInstancedMesh) out.push(m.count ?? 0, m.instanceMatrix?.version ?? 0, m.instanceColor?.version ?? -1);
  if (m.isLight) out.push(m.intensity ?? 0, m.color?.r ?? 0, m.color?.g ?? 0, m.color?.b ?? 0);
  for (const c of o.children) collect(c, out);
}

function geometryNumbers(g: THREE.BufferGeometry, out: number[]): void {
  out.push(g.id, g.index?.version ?? -1, g.index?.count ?? -1, g.drawRange.start, g.drawRange.count);
  for (const a of Object.values(g.attributes)) out.push((a as THREE.BufferAttribute).version ?? 0, a.count);
}

function materialNumbers(m: THREE.Material, out: number[]): void {
  out.push(m.id, m.version, m.opacity, m.visible ? 1 : 0, m.transparent ? 1 : 0);
  const c = (m as THREE.MeshBasicMaterial).color;
  if (c) out.push(c.r, c.g, c.b);
  const map = (m as THREE.MeshBasicMaterial).map;
  if (map) out.push(map.id, map.version);
  const uniforms = (m as THREE.ShaderMaterial).uniforms;
  if (uniforms)
    for (const u of Object.values(uniforms)) {
      const v = u.value as unknown;
      if (typeof v === 'number') out.push(v);
      else if (v instanceof THREE.Texture) out.push(v.id, v.version);
    }
}

const COPY_VERTEX = /* glsl */ `
void main() {
  gl_Position = vec4(position.xy, 0.0, 1.0);
}`;

// Texel for pixel, no filtering: the copy is the picture it was drawn from.
const COPY_FRAGMENT = /* glsl */ `
uniform sampler2D colour;
uniform sampler2D depth;
void main() {
  ivec2 p = ivec2(gl_FragCoord.xy);
  gl_FragColor = texelFetch(colour, p, 0);
  gl_FragDepth = texelFetch(depth, p, 0).x;
}`;

/** The still frame's target and the triangle that copies it to the canvas. */
export class StillFrame {
  private readonly target: THREE.WebGLRenderTarget;
  private readonly copyScene = new THREE.Scene();
  private readonly copyCamera = new THREE.OrthographicCamera();
  private readonly material: THREE.ShaderMaterial;
  private readonly viewport = new THREE.Vector4();
  /** False once a target could not be completed: the view then draws every frame whole. */
  usable = true;

  constructor() {
    const depthTexture = new THREE.DepthTexture(1, 1);
    this.target = new THREE.WebGLRenderTarget(1, 1, { depthBuffer: true, depthTexture, minFilter: THREE.NearestFilter, magFilter: THREE.NearestFilter });
    (this.target as unknown as { isXRRenderTarget: boolean }).isXRRenderTarget = true;
    this.target.texture.colorSpace = THREE.SRGBColorSpace;
    this.target.texture.internalFormat = 'RGBA8';
    this.material = new THREE.ShaderMaterial({
      vertexShader: COPY_VERTEX,
      fragmentShader: COPY_FRAGMENT,
      uniforms: { colour: { value: this.target.texture }, depth: { value: depthTexture } },
      blending: THREE.NoBlending,
      // Depth is written only where the depth test runs: it runs, and always passes.
      depthTest: true,
      depthFunc: THREE.AlwaysDepth,
      depthWrite: true,
      toneMapped: false,
    });
    // One triangle over the whole screen.
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute([-1, -1, 0, 3, -1, 0, -1, 3, 0], 3));
    const tri = new THREE.Mesh(g, this.material);
    tri.frustumCulled = false;
    this.copyScene.add(tri);
  }

  /** Draws `scene` (its moving part already hidden) into the target at the canvas's size, drawn to the canvas. */
  draw(gl: THREE.WebGLRenderer, scene: THREE.Scene, camera: THREE.Camera, width: number, height: number): void {
    if (this.target.width !== width || this.target.height !== height) this.target.setSize(width, height);
    // The canvas's viewport, as three.js sets it: its CSS size times the pixel ratio, rounded (a box 514.6 px high
    // has a viewport of 515 on a buffer of 514). The target draws through the same one, so its pixels are the
    // canvas's; and going back to the canvas three.js rounds that size down, so it is set again as it was.
    gl.getCurrentViewport(this.target.viewport);
    gl.setRenderTarget(this.target);
    const ctx = gl.getContext();
    if (ctx.checkFramebufferStatus(ctx.FRAMEBUFFER) !== ctx.FRAMEBUFFER_COMPLETE) this.usable = false;
    else gl.render(scene, camera);
    gl.setRenderTarget(null);
    gl.setViewport(gl.getViewport(this.viewport));
  }

  /** Copies the still frame, colour and depth, to the current target (the canvas), clearing it first. */
  copy(gl: THREE.WebGLRenderer): void {
    gl.render(this.copyScene, this.copyCamera);
  }

  dispose(): void {
    this.target.depthTexture?.dispose();
    this.target.dispose();
    this.material.dispose();
    (this.copyScene.children[0] as THREE.Mesh).geometry.dispose();
  }
}
