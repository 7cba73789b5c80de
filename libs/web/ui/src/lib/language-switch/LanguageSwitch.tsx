import { Button, Menu, MenuItemRadio, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { LocalLanguageRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language, LANGUAGE_NAMES, LANGUAGES } from '../i18n/translations';

export interface LanguageSwitchProps {
  value: Language;
  onChange: (language: Language) => void;
}

/** A Fluent menu of radio items: scales past two languages and announces the current one. */
export function LanguageSwitch({ value, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation('ui');
  return (
    <Menu
      checkedValues={{ language: [value] }}
      onCheckedValueChange={(_, data) => {
        const chosen = data.checkedItems[0];
        if (isLanguage(chosen)) onChange(chosen);
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          icon={<LocalLanguageRegular />}
          aria-label={t('languageSwitch.label', {
            language: LANGUAGE_NAMES[value],
          })}
        >
          <span lang={value}>{LANGUAGE_NAMES[value]}</span>
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList aria-label={t('languageSwitch.menu')}>
          {LANGUAGES.map((language) => (
            <MenuItemRadio key={language} name="language" value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
