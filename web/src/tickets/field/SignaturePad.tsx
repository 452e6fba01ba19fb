import { Button, Flex } from 'antd';
import { useEffect, useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The signature as a PNG data URL; none until the customer has drawn. */
  value?: string;
  onChange?: (signature: string | undefined) => void;
}

const width = 600;
const height = 300;

/** The customer signs with a finger, pen or mouse; each stroke gives the signature anew as a PNG data URL. */
export function SignaturePad({ onChange }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);

  const pen = () => canvas.current?.getContext('2d') ?? undefined;
  const blank = () => {
    const context = pen();
    if (!context) return;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
  };
  useEffect(blank, []);

  /** Where the pointer is in the canvas's own pixels, whatever size it is shown at. */
  const at = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const scaleX = box.width ? width / box.width : 1;
    const scaleY = box.height ? height / box.height : 1;
    return [(event.clientX - box.left) * scaleX, (event.clientY - box.top) * scaleY] as const;
  };

  const begin = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = pen();
    if (!context) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drawing.current = true;
    context.lineWidth = 3;
    context.lineCap = 'round';
    context.strokeStyle = '#000';
    context.beginPath();
    context.moveTo(...at(event));
  };
  const draw = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    pen()?.lineTo(...at(event));
    pen()?.stroke();
  };
  const end = () => {
    if (!drawing.current) return;
    drawing.current = false;
    onChange?.(canvas.current?.toDataURL('image/png'));
  };
  const clear = () => {
    blank();
    onChange?.(undefined);
  };

  return (
    <Flex vertical gap={8}>
      <canvas
        ref={canvas}
        width={width}
        height={height}
        aria-label={t('tickets.field.signature')}
        style={{ width: '100%', height: 200, border: '1px solid #d9d9d9', borderRadius: 8, touchAction: 'none', background: '#fff' }}
        onPointerDown={begin}
        onPointerMove={draw}
        onPointerUp={end}
        onPointerLeave={end}
      />
      <Button onClick={clear}>{t('tickets.field.clear')}</Button>
    </Flex>
  );
}
