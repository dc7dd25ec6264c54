/**
 * Whether a line material's shader program is ready, compiled ahead of its first frame. The model's cut
 * lines use a program nothing else in the editor uses; compiled on first draw, it held up the first frame
 * of a freshly imported hall by 25–40 ms (software WebGL: the link waits in getProgramInfoLog). Compiled
 * here, the link runs in the GPU process while the page does other things, and the lines join a frame later.
 */
import { useEffect, useState } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';

export function useCompiledLines(material: THREE.LineBasicMaterial): boolean {
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);
  const [ready, setReady] = useState<THREE.Material | null>(null);
  useEffect(() => {
    let stopped = false;
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(new Float32Array([0, 0, 0, 1, 0, 0]), 3));
    const probe = new THREE.LineSegments(g, material);
    const { camera, scene } = get();
    Promise.resolve()
      .then(() => gl.compileAsync(probe, camera, scene))
      .catch(() => undefined)
      .then(() => {
        g.dispose();
        if (!stopped) setReady(material);
      });
    return () => {
      stopped = true;
    };
  }, [material, gl, get]);
  return ready === material;
}
