export declare function render(name: 'sh' | 'compose', view: unknown): string;
