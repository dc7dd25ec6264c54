/**
 * Shows the IFC context a mesh at a time instead of all at once. Putting every merged mesh into the
 * scene in one go made one frame pay for all of them: linking the shader program, uploading every
 * buffer and React mounting them all (a 150–450 ms main-thread task after an import). Here the shader
 * is compiled first without stalling (three.js `compileAsync`), then one mesh joins the scene per
 * animation frame, so each frame uploads at most one mesh.
 */
import { useEffect, useRef, useState } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import type { ContextGeometry } from '../../ifc/types';
import { contextMaterial, contextObject, type ContextObject } from './context-geometry';

export function useStagedContext(context: ContextGeometry, opacity: number, enabled: boolean): ContextObject[] {
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);
  const [objects, setObjects] = useState<ContextObject[]>([]);
  // Start on the first request (3D shown) and keep the meshes afterwards: switching views must not rebuild them.
  const [started, setStarted] = useState(enabled);
  if (enabled && !started) setStarted(true);
  const opacityRef = useRef(opacity);
  opacityRef.current = opacity;

  useEffect(() => {
    if (!started) return;
    let stopped = false;
    let raf = 0;
    const made: ContextObject[] = [];
    const queue = [...context.meshes];
    const next = () => {
      const m = queue.shift();
      if (stopped || !m) return;
      made.push(contextObject(m, opacityRef.current));
      setObjects([...made]);
      if (queue.length) raf = requestAnimationFrame(next);
    };
    const first = queue[0];
    if (first) {
      // Every context mesh uses the same program (only colour and opacity differ): compile it once, off the frame.
      const probe = new THREE.Mesh(probeGeometry(), contextMaterial(first.color, 0.5));
      const { camera, scene } = get();
      Promise.resolve()
        .then(() => gl.compileAsync(probe, camera, scene))
        .catch(() => undefined)
        .then(() => {
          probe.geometry.dispose();
          (probe.material as THREE.Material).dispose();
          if (!stopped) raf = requestAnimationFrame(next);
        });
    }
    return () => {
      stopped = true;
      cancelAnimationFrame(raf);
      for (const o of made) {
        o.geometry.dispose();
        o.material.dispose();
      }
      setObjects([]);
    };
  }, [context, started, gl, get]);

  return objects;
}

/** A triangle with the attributes of a context mesh (position, index), for compiling its program. */
function probeGeometry(): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), 3));
  g.setIndex(new THREE.BufferAttribute(new Uint32Array([0, 1, 2]), 1));
  return g;
}
