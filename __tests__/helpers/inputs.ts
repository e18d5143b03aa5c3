// Shared by the action-input tests: inputs as the runner hands them to readInputs, and the one-line error a bad
// set gives (failing the test when readInputs accepts them).
import { expect } from '@jest/globals';
import { InputError, readInputs } from '../../src/action/inputs.js';

export const inputsOf = (inputs: Record<string, string>) => (name: string) => (name === 'token' ? 'tok' : (inputs[name] ?? ''));

export const inputProblem = (inputs: Record<string, string>): string => {
  try {
    readInputs(inputsOf(inputs));
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('readInputs accepted the inputs');
};
