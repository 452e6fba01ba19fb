import { describe, expect, it } from 'vitest';
import { formErrorsOf } from './formErrors';

const form = { fieldNames: ['username', 'password', 'roles'] as const, conflictField: 'username' as const };

describe('formErrorsOf', () => {
  it('puts each field error on its field', () => {
    const errors = formErrorsOf(
      { status: 400, title: 'Validation failed', errors: { username: ['用户名已存在'], password: ['太短', '需要数字'] } },
      form,
    );

    expect(errors).toEqual({
      fields: [
        { name: 'username', errors: ['用户名已存在'] },
        { name: 'password', errors: ['太短', '需要数字'] },
      ],
      general: [],
    });
  });

  it('matches field names regardless of case and list indexes', () => {
    const errors = formErrorsOf({ status: 400, errors: { 'Roles[0]': ['未知角色'], 'roles[1]': ['重复'] } }, form);

    expect(errors.fields).toEqual([{ name: 'roles', errors: ['未知角色', '重复'] }]);
  });

  it('keeps errors of fields the form does not have as general messages', () => {
    const errors = formErrorsOf({ status: 400, errors: { teamId: ['班组不存在'] } }, form);

    expect(errors).toEqual({ fields: [], general: ['班组不存在'] });
  });

  it('puts a conflict on the field it names', () => {
    const errors = formErrorsOf({ status: 409, detail: '工号 101 已被占用', field: 'serviceNumber' }, {
      fieldNames: ['username', 'serviceNumber'],
      conflictField: 'username',
    });

    expect(errors).toEqual({ fields: [{ name: 'serviceNumber', errors: ['工号 101 已被占用'] }], general: [] });
  });

  it('puts a conflict that names no field on the conflict field', () => {
    const errors = formErrorsOf({ status: 409, title: 'Conflict', detail: '用户名 zhangwei 已被占用' }, form);

    expect(errors).toEqual({ fields: [{ name: 'username', errors: ['用户名 zhangwei 已被占用'] }], general: [] });
  });

  it('shows any other problem as a general message', () => {
    const errors = formErrorsOf({ status: 500, title: 'Server error' }, form);

    expect(errors).toEqual({ fields: [], general: ['Server error'] });
  });
});
