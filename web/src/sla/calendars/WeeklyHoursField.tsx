import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { weekdays } from '../catalog';
import { intervalProblem, quarterHours, type Interval } from './calendarForm';

const starts = quarterHours.slice(0, -1).map((time) => ({ value: time, label: time }));
const ends = quarterHours.slice(1).map((time) => ({ value: time, label: time }));

/** The working intervals of each weekday (a lunch break is two intervals), added and removed per day. */
export function WeeklyHoursField() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      {weekdays.map((day) => (
        <Form.List
          key={day}
          name={['hours', day]}
          rules={[
            {
              validator: (_, intervals: Interval[] = []) => {
                const problem = intervalProblem(intervals);
                return problem ? Promise.reject(new Error(t(`sla.calendar.form.${problem}`))) : Promise.resolve();
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Flex gap={12} align="flex-start" style={{ paddingBlock: 4, borderBottom: '1px solid #f0f0f0' }}>
              <Typography.Text strong style={{ width: 40, lineHeight: '32px' }}>
                {t(`sla.weekday.${day}`)}
              </Typography.Text>
              <Flex vertical gap={8} style={{ flex: 1 }}>
                {fields.length === 0 && <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>{t('sla.calendar.form.dayOff')}</Typography.Text>}
                {fields.map(({ key, name }) => (
                  <Flex key={key} gap={8} align="center">
                    <Form.Item name={[name, 'from']} rules={[{ required: true, message: t('sla.calendar.form.chooseTime') }]} noStyle>
                      <Select showSearch options={starts} style={{ width: 100 }} aria-label={t('sla.calendar.form.from', { day: t(`sla.weekday.${day}`) })} />
                    </Form.Item>
                    <span>–</span>
                    <Form.Item name={[name, 'to']} rules={[{ required: true, message: t('sla.calendar.form.chooseTime') }]} noStyle>
                      <Select showSearch options={ends} style={{ width: 100 }} aria-label={t('sla.calendar.form.to', { day: t(`sla.weekday.${day}`) })} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(name)} aria-label={t('sla.calendar.form.removeInterval')} />
                  </Flex>
                ))}
                <Form.ErrorList errors={errors} />
              </Flex>
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ from: '08:30', to: '17:30' })} style={{ marginTop: 4 }}>
                {t('sla.calendar.form.addInterval')}
              </Button>
            </Flex>
          )}
        </Form.List>
      ))}
    </Flex>
  );
}
