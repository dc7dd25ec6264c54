/**
 * Publishes the view's plan → screen projection (plan-projection.ts) and says when it moved: checked after each
 * drawn frame, when the camera's matrices are those of the picture just drawn.
 */
import { addAfterEffect, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import * as THREE from 'three';
import type { Vec2 } from '../core/geometry/vec';
import type { Editor } from '../editor/editor';
import { PoseWatch, setPlanProjection, viewMoved } from './plan-projection';

export function PlanProjectionProbe({ editor }: { editor: Editor }) {
  const camera = useThree((s) => s.camera);
  const canvas = useThree((s) => s.gl.domElement);
  useEffect(() => {
    const w = new THREE.Vector3();
    const elevation = () => editor.floor?.elevation ?? 0;
    setPlanProjection((p: Vec2) => {
      w.set(p[0], elevation(), -p[1]).project(camera);
      const rect = canvas.getBoundingClientRect();
      return [rect.left + ((w.x + 1) / 2) * rect.width, rect.top + ((1 - w.y) / 2) * rect.height];
    });
    const watch = new PoseWatch();
    const off = addAfterEffect(() => {
      const pose = {
        projection: camera.projectionMatrix.elements,
        viewInverse: camera.matrixWorldInverse.elements,
        width: canvas.clientWidth,
        height: canvas.clientHeight,
        elevation: elevation(),
      };
      if (watch.changed(pose)) viewMoved();
    });
    return () => {
      off();
      setPlanProjection(undefined);
    };
  }, [camera, canvas, editor]);
  return null;
}
