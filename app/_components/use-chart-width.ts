'use client';

import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Charts need a pixel width. The server renders them this wide (scaled down by CSS until
 * hydration); in the browser they take their box's width. Heights never change, so the
 * page does not shift when the chart arrives. */
export const SERVER_WIDTH = 720;

export function useChartWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(SERVER_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setWidth(Math.max(280, Math.floor(element.clientWidth)));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
